// One link on the canvas: React Flow's own bezier curve, named with the titles
// at both ends, which it reads from the mirror — so retitling an element
// re-renders its links and nothing else.
import { BaseEdge, type EdgeProps, getBezierPath, Position } from "@xyflow/react";
import { memo, useRef } from "react";
import { useEditor } from "../store/editorStore";
import { type LinkFlowEdge, linkLabel } from "./buildFlow";
import { useWrapperLabel } from "./wrapperLabel";

function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const sourceTitle = useEditor((s) => s.elementsById.get(props.source)?.title ?? "");
  const targetTitle = useEditor((s) => s.elementsById.get(props.target)?.title ?? "");
  const ref = useRef<SVGGElement>(null);
  useWrapperLabel(
    ref,
    ".react-flow__edge",
    linkLabel(sourceTitle, targetTitle, props.data?.rationale ?? ""),
  );
  const [path, labelX, labelY] = getBezierPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition ?? Position.Bottom,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition ?? Position.Top,
  });
  return (
    <g ref={ref}>
      <BaseEdge
        path={path}
        labelX={labelX}
        labelY={labelY}
        label={props.label}
        labelStyle={props.labelStyle}
        labelShowBg={props.labelShowBg}
        labelBgStyle={props.labelBgStyle}
        labelBgPadding={props.labelBgPadding}
        labelBgBorderRadius={props.labelBgBorderRadius}
        style={props.style}
        markerEnd={props.markerEnd}
        markerStart={props.markerStart}
        interactionWidth={props.interactionWidth}
      />
    </g>
  );
}

export const LinkEdge = memo(LinkEdgeView);
