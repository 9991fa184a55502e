// Scene colours ("#rrggbb") as PowerPoint wants them ("RRGGBB"). Anything
// else falls back to a safe default rather than reaching the XML.
export function hexColour(colour: string, fallback = "4C6272"): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour);
  return match ? match[1].toUpperCase() : fallback;
}
