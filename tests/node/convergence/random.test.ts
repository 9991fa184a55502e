// Invariant: however commands interleave — on 2 to 5 replicas, with updates
// delivered late, out of order, twice or not at all (healed by a reconnect),
// with undo/redo and page reloads — once every replica has every update, they
// all show the same document (model, raw maps and state vector), each
// replica's observeModel mirror equals its readModel, and no replica ever
// showed a model with an invariant problem.
import { describe, it } from "vitest";
import { expectConverged, runSeed } from "./harness";

const SEEDS = 200;

describe("random convergence", () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`seed ${seed} (${2 + (seed % 4)} replicas)`, () => {
      const net = runSeed(seed);
      try {
        expectConverged(net);
      } finally {
        net.close();
      }
    });
  }
});
