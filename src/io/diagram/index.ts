// The diagram export: the model as a scene in pixels, then SVG. Lazy-loadable
// on its own (no heavy libraries).
export { CEILING_LABEL } from "./bands";
export { baselineOf } from "./metrics";
export { buildScene } from "./scene";
export { MAX_SVG_CHARS, readSvgModel } from "./svg/embed";
export { renderSvg, SVG_FONT_FAMILY, type SvgOptions } from "./svg/render";
export { textWidth } from "./text/measure";
export { wrapText } from "./text/wrap";
export type * from "./types";
