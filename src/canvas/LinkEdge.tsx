// One link on the canvas: React Flow's own bezier curve, named with the titles
// at both ends, which it reads from the mirror — so retitling an element
// re-renders its links and nothing else.
import { BezierEdge, type EdgeProps } from "@xyflow/react";
import { memo, useRef } from "react";
import { useElements } from "../store/editorStore";
import { type LinkFlowEdge, linkLabel } from "./buildFlow";
import { useWrapperLabel } from "./wrapperLabel";

function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const sourceTitle = useElements((s) => s.byId.get(props.source)?.title ?? "");
  const targetTitle = useElements((s) => s.byId.get(props.target)?.title ?? "");
  const ref = useRef<SVGGElement>(null);
  useWrapperLabel(
    ref,
    ".react-flow__edge",
    linkLabel(sourceTitle, targetTitle, props.data?.rationale ?? ""),
  );
  return (
    <g ref={ref}>
      {/* No DOM id on the path, as React Flow's built-in edges have none. */}
      <BezierEdge {...props} id={undefined} />
    </g>
  );
}

export const LinkEdge = memo(LinkEdgeView);
