// Other participants' pointers, in their colour with their name written
// beside (rendered as text, never markup).
import { useViewport, ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import { toView } from "../domain/geometry";
import type { FramingId } from "../domain/stages";
import { useCollab } from "../store/liveSession";

function RemoteCursorsView({ framing }: { framing: FramingId }) {
  const participants = useCollab((s) => s.participants);
  // Pointers and names keep their size on screen at any zoom.
  const { zoom } = useViewport();
  return (
    <ViewportPortal>
      {participants.map((p) => {
        if (!p.cursor) return null;
        const at = toView(framing, p.cursor);
        return (
          <div
            key={p.clientId}
            className="remote-cursor"
            style={{
              transform: `translate(${at.x}px, ${at.y}px) scale(${1 / zoom})`,
              color: p.colour,
            }}
            data-testid="remote-cursor"
          >
            <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
              <path
                d="M1 1 L1 18 L6 13 L10 21 L13 19.5 L9 12 L16 12 Z"
                fill="currentColor"
                stroke="#ffffff"
                strokeWidth="1.5"
              />
            </svg>
            <span className="remote-cursor__name" style={{ background: p.colour }}>
              {p.name}
            </span>
          </div>
        );
      })}
    </ViewportPortal>
  );
}

export const RemoteCursors = memo(RemoteCursorsView);
