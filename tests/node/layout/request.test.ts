// The worker refuses malformed or oversized requests with a plain-English
// reason before laying anything out (src/layout/request.ts): ids must be
// strings, numbers finite, stages known; at most 10,000 elements and 20,000
// links. A good request comes back as a fresh copy holding only what it needs.
import { describe, expect, it } from "vitest";
import { readRequest } from "../../../src/layout/request";
import { MAX_LAYOUT_ELEMENTS, MAX_LAYOUT_LINKS } from "../../../src/layout/types";

const good = {
  id: 3,
  input: {
    elements: [
      { id: "a", stage: "inputs", position: { x: 1, y: 2 }, height: 90, extra: "dropped" },
      { id: "n", stage: null, position: { x: 0, y: 0 } },
    ],
    links: [{ source: "a", target: "n", rationale: "dropped" }],
  },
  only: ["a"],
};

const refusal = (data: unknown): string => {
  const read = readRequest(data);
  if (read.ok) throw new Error("expected a refusal");
  return read.error;
};

describe("readRequest", () => {
  it("accepts a good request and keeps only what layout needs", () => {
    const read = readRequest(good);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.id).toBe(3);
    expect(read.input.elements[0]).toEqual({
      id: "a",
      stage: "inputs",
      position: { x: 1, y: 2 },
      height: 90,
    });
    expect(read.input.links[0]).toEqual({ source: "a", target: "n" });
    expect(read.only).toEqual(new Set(["a"]));
  });

  it("refuses what is not a request, keeping the id when there is one", () => {
    for (const data of [null, 7, "x", {}, { id: -1 }, { id: 1.5 }, { id: "1" }]) {
      expect(readRequest(data)).toMatchObject({ ok: false, id: -1 });
    }
    expect(readRequest({ id: 9, input: {} })).toMatchObject({ ok: false, id: 9 });
    expect(refusal({ id: 9, input: { elements: [], links: "x" } })).toMatch(
      /^The diagram could not be arranged: .*\. Nothing was moved\.$/,
    );
  });

  it("refuses unusable elements, naming which", () => {
    const withElement = (element: unknown) => ({
      id: 1,
      input: { elements: [good.input.elements[0], element], links: [] },
    });
    expect(refusal(withElement(null))).toMatch(/element 2 is not an element/);
    expect(refusal(withElement({ id: 5, stage: null, position: { x: 0, y: 0 } }))).toMatch(
      /element 2 has no usable id/,
    );
    expect(
      refusal(withElement({ id: "x".repeat(1001), stage: null, position: { x: 0, y: 0 } })),
    ).toMatch(/no usable id/);
    expect(refusal(withElement({ id: "b", stage: "later", position: { x: 0, y: 0 } }))).toMatch(
      /unknown stage/,
    );
    for (const position of [
      null,
      { x: Number.NaN, y: 0 },
      { x: 0, y: Infinity },
      { x: "0", y: 0 },
    ]) {
      expect(refusal(withElement({ id: "b", stage: null, position }))).toMatch(
        /element 2 has no usable position/,
      );
    }
    for (const size of [{ height: Number.NaN }, { width: -1 }, { height: "80" }]) {
      expect(
        refusal(withElement({ id: "b", stage: null, position: { x: 0, y: 0 }, ...size })),
      ).toMatch(/unusable size/);
    }
    for (const lane of [-1, 1.5, "0", Number.NaN]) {
      expect(
        refusal(withElement({ id: "b", stage: null, position: { x: 0, y: 0 }, lane })),
      ).toMatch(/unusable group/);
    }
  });

  it("refuses links that do not name two elements, and a selection that is not ids", () => {
    const withLink = (link: unknown) => ({ id: 1, input: { elements: [], links: [link] } });
    expect(refusal(withLink({ source: "a" }))).toMatch(/link 1 does not name/);
    expect(refusal(withLink({ source: "a", target: 2 }))).toMatch(/link 1 does not name/);
    expect(refusal({ ...good, only: "a" })).toMatch(/selection/);
    expect(refusal({ ...good, only: [1] })).toMatch(/selection/);
  });

  it("caps the number of elements and links", () => {
    const element = { id: "a", stage: null, position: { x: 0, y: 0 } };
    const link = { source: "a", target: "b" };
    const elements = Array.from({ length: MAX_LAYOUT_ELEMENTS + 1 }, () => element);
    const links = Array.from({ length: MAX_LAYOUT_LINKS + 1 }, () => link);
    expect(refusal({ id: 1, input: { elements, links: [] } })).toMatch(/more than 10,000 elements/);
    expect(refusal({ id: 1, input: { elements: [], links } })).toMatch(/more than 20,000 links/);
    expect(readRequest({ id: 1, input: { elements: elements.slice(1), links: [] } }).ok).toBe(true);
  });
});
