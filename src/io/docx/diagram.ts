// The diagram page: the SVG drawn by the SVG exporter with its PNG as the
// fallback Word asks for (programs without SVG support show the PNG), scaled
// to fit a landscape A4 page below its heading, with alt text for screen
// readers. A diagram with an unusable size is left out rather than distorted.
import { AlignmentType, ImageRun, Paragraph } from "docx";
import { plain } from "../report/text";
import type { DocxDiagram } from "./options";
import { LANDSCAPE_HEIGHT, LANDSCAPE_WIDTH, MUTED } from "./styles";
import { para } from "./text";

// Twentieths of a point per CSS pixel (96 per inch, 1,440 twips per inch).
const TWIPS_PER_PX = 15;
// Room left on the page for the heading, the caption and the footer.
const RESERVED_HEIGHT = 2200;

export function fitDiagram(
  width: number,
  height: number,
): { width: number; height: number } | null {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) return null;
  const maxWidth = LANDSCAPE_WIDTH / TWIPS_PER_PX;
  const maxHeight = (LANDSCAPE_HEIGHT - RESERVED_HEIGHT) / TWIPS_PER_PX;
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function diagramParagraphs(diagram: DocxDiagram, title: string): Paragraph[] | null {
  const size = fitDiagram(diagram.width, diagram.height);
  if (!size) return null;
  const alt = plain(diagram.alt) || `Diagram of ${title}`;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: "svg",
          // A string would be read as base64: hand over the UTF-8 bytes.
          data: new TextEncoder().encode(diagram.svg),
          fallback: { type: "png", data: diagram.png },
          transformation: size,
          altText: {
            name: "Theory of change diagram",
            title: `Diagram: ${title}`,
            description: alt,
          },
        }),
      ],
    }),
    para(alt, { size: 18, italics: true, color: MUTED }),
  ];
}
