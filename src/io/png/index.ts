// PNG export: the diagram's SVG rasterised in the browser, with the model
// carried in an iTXt chunk. Lazy-loadable on its own.
export { addPngText, PNG_MODEL_KEYWORD, readPngText } from "./chunks";
export { crc32 } from "./crc32";
export { rasterizeSvg } from "./rasterize";
export {
  fitsCanvas,
  fittingScale,
  MAX_PNG_PIXELS,
  MAX_PNG_SIDE,
  type PixelSize,
  PNG_SCALES,
  type PngScale,
  pngSize,
  pngSizeProblem,
} from "./size";
