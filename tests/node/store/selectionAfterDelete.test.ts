// A peer deletes what this person has selected, is editing or is looking at:
// the next snapshot the editor shows lets go of it (no ghost selection that
// keeps Delete enabled or counts as one more selected item). Two replicas of
// one document, the peer's delete arriving as its real update.
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addElement, connect, deleteItems, updateElement } from "../../../src/doc/commands";
import { observeModel } from "../../../src/doc/observe";
import { REMOTE } from "../../../src/doc/origins";
import { resetEditor, setSelection, showModel, useEditor } from "../../../src/store/editorStore";
import { newElement, newLink, seededDoc } from "../doc/helpers";

function twoReplicas() {
  const mine = seededDoc();
  addElement(mine, newElement("x", "outcome"));
  addElement(mine, newElement("y", "impact"));
  addElement(mine, newElement("z", "activity"));
  connect(mine, newLink("xy", "x", "y"));
  connect(mine, newLink("zx", "z", "x"));
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(mine));
  const stop = observeModel(mine, showModel);
  /** Runs `edit` on the peer's replica and delivers it here as a peer's update. */
  const fromPeer = (edit: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(mine);
    edit(peer);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(peer, before), REMOTE);
  };
  return { fromPeer, stop };
}

describe("a peer's delete and this person's selection", () => {
  beforeEach(() => resetEditor({ open: "ready" }));

  it("drops deleted elements and their links from the selection, and nothing else", () => {
    const { fromPeer, stop } = twoReplicas();
    setSelection(["x", "z"], ["xy"]);
    fromPeer((doc) => deleteItems(doc, { elementIds: ["x"] }));
    const state = useEditor.getState();
    expect(state.model?.elements.map((e) => e.id).sort()).toEqual(["y", "z"]);
    expect([...state.selectedElements]).toEqual(["z"]);
    expect([...state.selectedLinks]).toEqual([]);
    stop();
  });

  it("lets go of the inline edit, the pathway focus and a focus request on a deleted element", () => {
    const { fromPeer, stop } = twoReplicas();
    setSelection(["x"]);
    useEditor.setState({
      editingId: "x",
      pathwayFocus: "x",
      focusRequest: { id: "x", nonce: 1 },
    });
    fromPeer((doc) => deleteItems(doc, { elementIds: ["x"] }));
    const state = useEditor.getState();
    expect(state.selectedElements.size).toBe(0);
    expect(state.editingId).toBeNull();
    expect(state.pathwayFocus).toBeNull();
    expect(state.focusRequest).toBeNull();
    stop();
  });

  it("keeps the same selection objects and view state when nothing selected went away", () => {
    const { fromPeer, stop } = twoReplicas();
    setSelection(["x", "y"], ["zx"]);
    useEditor.setState({ editingId: "y", pathwayFocus: "x", focusRequest: { id: "y", nonce: 2 } });
    const before = useEditor.getState();
    fromPeer((doc) => {
      updateElement(doc, "x", { title: "Retitled by a peer" });
      deleteItems(doc, { linkIds: ["xy"] });
    });
    const after = useEditor.getState();
    expect(after.model).not.toBe(before.model);
    expect(after.selectedElements).toBe(before.selectedElements);
    expect(after.selectedLinks).toBe(before.selectedLinks);
    expect(after.editingId).toBe("y");
    expect(after.pathwayFocus).toBe("x");
    expect(after.focusRequest).toBe(before.focusRequest);
    stop();
  });

  it("drops a selected link a peer deleted on its own", () => {
    const { fromPeer, stop } = twoReplicas();
    setSelection([], ["xy", "zx"]);
    fromPeer((doc) => deleteItems(doc, { linkIds: ["xy"] }));
    expect([...useEditor.getState().selectedLinks]).toEqual(["zx"]);
    stop();
  });
});
