// Investigation builds of the app: each replaces one module at build time
// through a Vite plugin, so a run can compare the real app with it side by side
// (`--compare no-guard`). src/ is never changed; the default run builds none.
export const VARIANTS = {
  // The guard still runs (size, rate, framing, in order) but updates are not trial-applied in
  // the worker: isUpdateSafe resolves true at once.
  "no-worker-check": [
    {
      name: "bench-no-worker-check",
      enforce: "pre",
      load(id) {
        if (id.endsWith("/src/live/updateCheck.ts"))
          return "export function isUpdateSafe() { return Promise.resolve(true); }";
      },
    },
  ],
  // No peer message guard at all: y-webrtc reads peer messages directly, as in the baseline.
  "no-guard": [
    {
      name: "bench-no-guard",
      enforce: "pre",
      load(id) {
        if (id.endsWith("/src/live/messageGuard.ts")) return "export function guardPeer() {}";
      },
    },
  ],
};
