// One element on the canvas. Shape, icon and a written kind tag tell kinds
// apart, so colour is never the only signal. Reads its own element from the
// mirror, so a change to it re-renders this node alone.
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useRef } from "react";
import { KINDS } from "../domain/kinds";
import { useElements } from "../store/editorStore";
import { type ElementFlowNode, nodeLabel } from "./buildFlow";
import { InlineTitleEditor } from "./InlineTitleEditor";
import { NodeBadges } from "./NodeBadges";
import { NodeShape } from "./NodeShape";
import { useWrapperLabel } from "./wrapperLabel";

function ElementNodeView({ id, data, selected }: NodeProps<ElementFlowNode>) {
  const element = useElements((s) => s.byId.get(id));
  const { editing, direction, remote, dimmed, contributes } = data;
  const ref = useRef<HTMLDivElement>(null);
  useWrapperLabel(ref, ".react-flow__node", element ? nodeLabel(element, contributes) : "");
  // Gone from the mirror a moment before React Flow drops the node.
  if (!element) return null;
  const kind = KINDS[element.kind];
  const up = direction === "up";
  return (
    <div
      ref={ref}
      className={`toc-node toc-node--${element.kind}${selected ? " is-selected" : ""}${dimmed ? " is-dimmed" : ""}`}
      data-kind={element.kind}
      data-testid="toc-node"
    >
      <NodeShape shape={kind.shape} />
      {remote.length > 0 && (
        <div className="toc-node__remote" style={{ borderColor: remote[0].colour }}>
          <span className="toc-node__remote-names" style={{ background: remote[0].colour }}>
            {remote.map((r) => r.name).join(", ")}
          </span>
        </div>
      )}
      <Handle
        type="target"
        position={up ? Position.Bottom : Position.Left}
        title="Link into this element"
      />
      <div className="toc-node__body">
        <span className="toc-node__tag">
          <span aria-hidden="true">{kind.icon}</span> {kind.tag}
          {contributes && <span className="toc-node__contributes"> · Contributes to</span>}
        </span>
        {editing ? (
          <InlineTitleEditor id={element.id} title={element.title} />
        ) : (
          <span className="toc-node__title">{element.title || "Untitled"}</span>
        )}
        <NodeBadges element={element} />
      </div>
      <Handle
        type="source"
        position={up ? Position.Top : Position.Right}
        title="Drag to link from this element"
      />
    </div>
  );
}

// It draws nothing from where it is: skipping React Flow's position props
// (which change on every frame of a drag) keeps a dragged node from
// re-rendering its shape, handles and badges each frame.
export const ElementNode = memo(
  ElementNodeView,
  (a, b) => a.id === b.id && a.data === b.data && a.selected === b.selected,
);
