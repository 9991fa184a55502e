// The deck's page and type scale, shared by every slide builder. Widescreen
// 16:9 (13.33 × 7.5 in, PowerPoint's default), Arial throughout (present on
// Windows and Mac; metric-compatible substitutes elsewhere), and body text
// never under 12 pt so a projected slide stays readable from the back.
import type PptxGenJS from "pptxgenjs";

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
export const MARGIN = 0.5;
export const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
/** Where content starts below a slide title. */
export const CONTENT_TOP = 1.25;
export const CONTENT_BOTTOM = SLIDE_HEIGHT - 0.4;

export const FONT = "Arial";
/** Typeface and proofing language for every text: UK English, so PowerPoint's
 * spelling check accepts "organisation" and "colour". */
export const TYPEFACE = { fontFace: FONT, lang: "en-GB" } as const;
export const TITLE_PT = 28;
export const BODY_PT = 18;
export const TABLE_PT = 12;
export const SMALL_PT = 12;

export const TEXT_COLOUR = "1F2933";
export const MUTED_COLOUR = "4B5563";
export const ACCENT_COLOUR = "005EB8";
/** Table header: white on dark blue (contrast 7.6:1). */
export const HEADER_FILL = "00428A";
export const HEADER_TEXT = "FFFFFF";
export const RULE_COLOUR = "9AA5B1";
export const STRIPE_FILL = "F1F4F8";

/** The slide's heading, in the same place on every content slide. */
export function addSlideTitle(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, {
    x: MARGIN,
    y: 0.3,
    w: CONTENT_WIDTH,
    h: 0.8,
    ...TYPEFACE,
    fontSize: TITLE_PT,
    bold: true,
    color: TEXT_COLOUR,
    valign: "middle",
    fit: "shrink",
    objectName: "Title",
  });
}

/** Body text under the slide title, across the content width; `opts` override the defaults. */
export function addBodyText(
  slide: PptxGenJS.Slide,
  text: string | PptxGenJS.TextProps[],
  opts: PptxGenJS.TextPropsOptions,
): void {
  slide.addText(text, {
    x: MARGIN,
    y: CONTENT_TOP,
    w: CONTENT_WIDTH,
    h: CONTENT_BOTTOM - CONTENT_TOP,
    ...TYPEFACE,
    fontSize: BODY_PT,
    color: TEXT_COLOUR,
    valign: "top",
    ...opts,
  });
}
