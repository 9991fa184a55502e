// Registers the offline service worker (production builds only) and reports when an update is
// ready. Never reloads by itself: the page reloads only after the user calls `apply`.
//
//   registerServiceWorker((apply) => showUpdateBanner({ onClick: apply }));
//
// Safe to call more than once (React StrictMode runs effects twice): the worker is registered
// once and offers go to the most recent callback.

export type ApplyUpdate = () => void;

let onUpdate: ((apply: ApplyUpdate) => void) | null = null;
let started = false;

export function registerServiceWorker(onUpdateReady: (apply: ApplyUpdate) => void): void {
  onUpdate = onUpdateReady;
  if (started || !import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  started = true;
  const container = navigator.serviceWorker;
  let userAskedToUpdate = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  // Fires on first install too (the new worker claims the page): reload only on request.
  container.addEventListener("controllerchange", () => {
    if (userAskedToUpdate) reload();
  });

  const offer = (worker: ServiceWorker) => {
    onUpdate?.(() => {
      userAskedToUpdate = true;
      // Another tab may already have switched over; then a reload picks up the new version.
      if (worker.state === "activated" || worker.state === "redundant") reload();
      else worker.postMessage({ type: "SKIP_WAITING" });
    });
  };

  const register = async () => {
    const registration = await container.register(`${import.meta.env.BASE_URL}sw.js`);
    // An update installed during an earlier visit may already be waiting.
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && container.controller) offer(worker);
      });
    });
  };

  const start = () => {
    register().catch((error: unknown) => console.warn("Service worker registration failed", error));
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
