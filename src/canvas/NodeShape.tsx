// The outline of a node. Polygons are drawn in a 100×100 box stretched to the
// node, with strokes that do not scale; plain boxes are styled in CSS.
import type { KindInfo } from "../domain/kinds";

const POLYGONS: Partial<Record<KindInfo["shape"], string>> = {
  hexagon: "6,0 94,0 100,50 94,100 6,100 0,50",
  parallelogram: "5,0 100,0 95,100 0,100",
  diamond: "8,0 92,0 100,50 92,100 8,100 0,50",
  folded: "0,0 88,0 100,22 100,100 0,100",
};

export function NodeShape({ shape }: { shape: KindInfo["shape"] }) {
  const points = POLYGONS[shape];
  if (!points) return <div className={`toc-shape toc-shape--${shape}`} aria-hidden="true" />;
  return (
    <svg
      className={`toc-shape toc-shape--${shape}`}
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <polygon points={points} vectorEffect="non-scaling-stroke" />
      {shape === "folded" && (
        <polyline points="88,0 88,22 100,22" vectorEffect="non-scaling-stroke" />
      )}
    </svg>
  );
}
