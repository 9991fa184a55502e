// Baseline for the auto-layout benchmark: plain ELK layered (no stage
// constraint, no post-processing) in a module worker like the app's, answering
// {id, graph} with each node's position.
import ELK from "elkjs/lib/elk.bundled.js";

const elk = new ELK();

// elk.bundled.js sets self.onmessage to its own dispatcher when loaded in a worker; ours replaces it.
self.onmessage = async (event) => {
  const { id, graph } = event.data;
  try {
    const laid = await elk.layout(graph);
    const positions = new Map(laid.children.map((c) => [c.id, { x: c.x, y: c.y }]));
    self.postMessage({ id, ok: true, positions });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
};
