// What a tolerant restore changed, summarised as a few short sentences with
// counts ("3 links pointed to elements that are not in the file and were left
// out."), never one line per item.

const SENTENCES = {
  unreadableElements: [
    "1 item in the list of elements could not be read and was left out.",
    (n: string) => `${n} items in the list of elements could not be read and were left out.`,
  ],
  badElementIds: [
    "1 element had a missing or invalid id and was given a new one.",
    (n: string) => `${n} elements had missing or invalid ids and were given new ones.`,
  ],
  duplicateElementIds: [
    "1 element had the same id as another element and was given a new one.",
    (n: string) => `${n} elements had the same id as other elements and were given new ones.`,
  ],
  unknownKinds: [
    "1 element of a kind ToC Studio does not know was turned into a note.",
    (n: string) => `${n} elements of kinds ToC Studio does not know were turned into notes.`,
  ],
  stagesFitted: [
    "1 element was moved to a stage that suits its kind.",
    (n: string) => `${n} elements were moved to stages that suit their kinds.`,
  ],
  positionsPlaced: [
    "1 element had no usable position and was placed automatically.",
    (n: string) => `${n} elements had no usable positions and were placed automatically.`,
  ],
  textsTidied: [
    "1 piece of text had characters that cannot be kept, or was too long, and was tidied.",
    (n: string) =>
      `${n} pieces of text had characters that cannot be kept, or were too long, and were tidied.`,
  ],
  textsBlank: [
    "1 piece of text could not be read and was left blank.",
    (n: string) => `${n} pieces of text could not be read and were left blank.`,
  ],
  unreadableLinks: [
    "1 item in the list of links could not be read and was left out.",
    (n: string) => `${n} items in the list of links could not be read and were left out.`,
  ],
  danglingLinks: [
    "1 link pointed to an element that is not in the file and was left out.",
    (n: string) => `${n} links pointed to elements that are not in the file and were left out.`,
  ],
  selfLinks: [
    "1 link joined an element to itself and was left out.",
    (n: string) => `${n} links joined an element to itself and were left out.`,
  ],
  duplicateLinks: [
    "1 link repeated another link between the same two elements and was left out.",
    (n: string) =>
      `${n} links repeated other links between the same two elements and were left out.`,
  ],
  detailsDropped: [
    "1 detail (an assumption, indicator, evidence item, tag or stakeholder record) could not be read and was left out.",
    (n: string) =>
      `${n} details (assumptions, indicators, evidence items, tags or stakeholder records) could not be read and were left out.`,
  ],
  badLinkIds: [
    "1 link had a missing, invalid or repeated id and was given a new one.",
    (n: string) => `${n} links had missing, invalid or repeated ids and were given new ones.`,
  ],
} as const satisfies Record<string, readonly [string, (n: string) => string]>;

export type RepairKind = keyof typeof SENTENCES;

export const DOCUMENT_NOTES = {
  versionMissing: "The file did not say which format version it uses, so it was read as version 1.",
  titleUnusable:
    "The file's title could not be read, so the theory of change is called “Untitled theory of change”.",
  framingUnusable:
    "The file did not say clearly whether to show a theory of change or a logic model, so it opens as a theory of change.",
} as const;

export class RepairLog {
  private readonly notes: string[] = [];
  private readonly counts = new Map<RepairKind, number>();

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  add(kind: RepairKind, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }

  count(kind: RepairKind): number {
    return this.counts.get(kind) ?? 0;
  }

  /** Document notes first, then counted repairs in a fixed order. */
  summary(): string[] {
    const lines = [...this.notes];
    for (const kind of Object.keys(SENTENCES) as RepairKind[]) {
      const n = this.count(kind);
      if (n === 0) continue;
      const [one, many] = SENTENCES[kind];
      lines.push(n === 1 ? one : many(n.toLocaleString("en-GB")));
    }
    return lines;
  }
}
