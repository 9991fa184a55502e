// Strongly connected components of the causal links (Tarjan's algorithm,
// iterative so a 5,000-long chain cannot overflow the call stack). Returns
// only the loops — components of two or more elements — each as element
// indexes in model order, the loops ordered by their first element.
import type { ModelGraph } from "./graph";

export function findLoops(graph: ModelGraph): number[][] {
  const n = graph.elements.length;
  const order = new Int32Array(n).fill(-1); // discovery number, -1 = not yet seen
  const low = new Int32Array(n);
  const nextEdge = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const path: number[] = []; // the explicit "call stack"
  const loops: number[][] = [];
  let counter = 0;

  const visit = (v: number) => {
    order[v] = counter;
    low[v] = counter;
    counter++;
    stack.push(v);
    onStack[v] = 1;
    path.push(v);
  };

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    visit(root);
    while (path.length > 0) {
      const v = path[path.length - 1];
      const edges = graph.outgoing[v];
      if (nextEdge[v] < edges.length) {
        const w = graph.target[edges[nextEdge[v]++]];
        if (order[w] === -1) visit(w);
        else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      path.pop();
      if (path.length > 0) {
        const parent = path[path.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop() ?? v;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(component.sort((a, b) => a - b));
    }
  }
  return loops.sort((a, b) => a[0] - b[0]);
}
