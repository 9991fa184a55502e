// @vitest-environment jsdom
// The one draft-then-commit field's state, driven as a field drives it: the
// document's value shows until this person types; their typing is never
// replaced; finishing writes only their change, moved onto the document's
// value by then; a refused write stays to fix; a clash says what it replaced.
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Draft, useDraft } from "../../../src/fields/useDraft";
import { clearMessage, useNotice } from "../../../src/store/notices";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface FieldState {
  value: string;
  refuse: boolean;
  written: string[];
  draft: Draft | null;
}

/** A field on a "document" value: records every write in `written`; `refuse` turns writes down. */
function Field({ value, state }: { value: string; state: FieldState }) {
  state.draft = useDraft(
    value,
    (text) => {
      if (state.refuse) return false;
      state.written.push(text);
      state.value = text;
    },
    { label: "Title" },
  );
  return null;
}

function mount(initial: string) {
  const state: FieldState = { value: initial, refuse: false, written: [], draft: null };
  const written = state.written;
  const root: Root = createRoot(document.createElement("div"));
  const render = () => act(() => root.render(createElement(Field, { value: state.value, state })));
  render();
  const draft = () => state.draft as Draft;
  return {
    written,
    state,
    draft,
    /** Someone else's write reaches the document. */
    peerWrites: (value: string) => {
      state.value = value;
      render();
    },
    run: (fn: (d: Draft) => void) => {
      act(() => fn(draft()));
      render();
    },
    unmount: () => act(() => root.unmount()),
  };
}

describe("useDraft", () => {
  beforeEach(() => clearMessage());
  let field: ReturnType<typeof mount> | null = null;
  afterEach(() => field?.unmount());

  it("shows a peer's change until this person types, and then writes nothing of its own", () => {
    field = mount("Less lonely");
    field.peerWrites("People feel less lonely");
    expect(field.draft().text).toBe("People feel less lonely");
    field.run((d) => d.commit());
    expect(field.written).toEqual([]);
  });

  it("keeps typing in progress and writes it on top of a peer's change elsewhere", () => {
    field = mount("Fewer people feel lonely");
    field.run((d) => d.change("Fewer people feel lonely in Leeds"));
    field.peerWrites("Far fewer people feel lonely");
    expect(field.draft().text).toBe("Fewer people feel lonely in Leeds");
    expect(field.draft().edited).toBe(true);
    field.run((d) => d.commit());
    expect(field.written).toEqual(["Far fewer people feel lonely in Leeds"]);
    expect(field.draft().edited).toBe(false);
    expect(useNotice.getState().notice).toBeNull();
    // After the write the field follows the document again.
    field.peerWrites("Far fewer people feel lonely in York");
    expect(field.draft().text).toBe("Far fewer people feel lonely in York");
  });

  it("writes once when Enter and leaving the field both finish", () => {
    field = mount("Title");
    field.run((d) => d.change("Title two"));
    field.run((d) => {
      d.commit();
      d.commit();
    });
    expect(field.written).toEqual(["Title two"]);
  });

  it("keeps a refused text to fix, and writes it once accepted", () => {
    field = mount("");
    field.state.refuse = true;
    field.run((d) => d.change("javascript:alert(1)"));
    field.run((d) => d.commit());
    expect(field.draft().text).toBe("javascript:alert(1)");
    expect(field.draft().edited).toBe(true);
    field.state.refuse = false;
    field.run((d) => d.change("https://example.org/"));
    field.run((d) => d.commit());
    expect(field.written).toEqual(["https://example.org/"]);
  });

  it("puts back the document's value on reset (Escape)", () => {
    field = mount("Kept");
    field.run((d) => d.change("Thrown away"));
    field.run((d) => d.reset());
    expect(field.draft().text).toBe("Kept");
    field.run((d) => d.commit());
    expect(field.written).toEqual([]);
  });

  it("says what it replaced when both changed the same words", () => {
    field = mount("Run groups in Leeds");
    field.run((d) => d.change("Run groups in Bradford"));
    field.peerWrites("Run groups in York");
    field.run((d) => d.commit());
    expect(field.written).toEqual(["Run groups in Bradford"]);
    const text = useNotice.getState().notice?.text ?? "";
    expect(text).toContain("Someone else changed “Title” while you were editing it.");
    expect(text).toContain("\u2068Run groups in York\u2069");
    expect(text).toContain("Undo puts theirs back.");
  });
});
