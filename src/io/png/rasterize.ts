// The SVG drawn into a PNG, in the browser: an <img> from a Blob URL (an image
// runs no script and loads nothing outside itself), a canvas at the chosen
// scale, then toBlob. The size is checked before a canvas is made, so a huge
// diagram is refused with a plain message instead of a blank or crashed tab.
// For a transparent PNG, render the SVG with `background: "transparent"` too.
import { pngSizeProblem } from "./size";

const FAILED = "The picture could not be drawn. Try a smaller scale, or export SVG instead.";

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

export async function rasterizeSvg(
  svg: string,
  options: { scale: number; background: "white" | "transparent" },
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url).catch(() => {
      throw new Error(FAILED);
    });
    const natural = { width: image.naturalWidth, height: image.naturalHeight };
    const problem = pngSizeProblem(natural, options.scale);
    if (problem) throw new Error(problem);
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(natural.width * options.scale);
    canvas.height = Math.ceil(natural.height * options.scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error(FAILED);
    if (options.background === "white") {
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error(FAILED);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
