// The session link as a QR code, drawn by the app as SVG squares (the
// encoder is loaded only when a code is shown).
import { useEffect, useState } from "react";

export function QrCode({ text, size = 220 }: { text: string; size?: number }) {
  const [cells, setCells] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    void import("uqr").then(({ encode }) => {
      if (live) setCells(encode(text, { ecc: "M", border: 2 }).data);
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!cells) return <div style={{ width: size, height: size }} aria-hidden="true" />;
  const n = cells.length;
  let path = "";
  for (const [y, row] of cells.entries()) {
    for (const [x, on] of row.entries()) if (on) path += `M${x} ${y}h1v1h-1z`;
  }
  return (
    <svg
      className="qr"
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      role="img"
      aria-label="QR code of the session link"
      shapeRendering="crispEdges"
    >
      <rect width={n} height={n} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
