// A small port: the canvas registers its zoom functions here, so zoom actions
// can run without importing the canvas library.
export interface Viewport {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

let current: Viewport | null = null;

/** Called by the canvas when it mounts; the returned function unregisters it. */
export function registerViewport(viewport: Viewport): () => void {
  current = viewport;
  return () => {
    if (current === viewport) current = null;
  };
}

export function viewport(): Viewport | null {
  return current;
}
