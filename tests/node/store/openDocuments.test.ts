// Invariant: open documents are objects with their own lifecycle. Two can be
// open at once, each shown through its own view and saved on its own;
// closing one stops its view and leaves the other saving. The editor's slot
// reuses the document it already holds (React StrictMode opens twice), and
// a document opened twice is one Y.Doc in the tab.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { addElement, setDocumentTitle } from "../../../src/doc/commands";
import { summarizeDoc } from "../../../src/doc/summary";
import type { TocModel } from "../../../src/domain/model";
import { readStoredDoc } from "../../../src/storage";
import { getDatabase } from "../../../src/storage/connection";
import { createNewDocument } from "../../../src/storage/storedDocuments";
import {
  activeDocument,
  closeEditor,
  type DocumentView,
  editorDocument,
  openForEditing,
  openInEditor,
  whenOpen,
} from "../../../src/store/editorDocument";
import type { OpenState } from "../../../src/store/editorStore";
import { useEditor } from "../../../src/store/editorStore";

function recordingView() {
  const seen = { states: [] as OpenState[], models: [] as TocModel[], savedCount: 0 };
  const view: DocumentView = {
    state: (s) => seen.states.push(s),
    model: (m) => seen.models.push(m),
    save: (_status, savedCount) => {
      seen.savedCount = savedCount;
    },
    history: () => {},
    selection: { get: () => [], set: () => {} },
  };
  return { seen, view };
}

async function storedTitle(id: string): Promise<string> {
  const doc = await readStoredDoc(await getDatabase(), id);
  const { title } = summarizeDoc(doc);
  doc.destroy();
  return title;
}

const element = (id: string) => ({
  id,
  kind: "outcome" as const,
  title: id,
  position: { x: 0, y: 0 },
});

describe("open documents", () => {
  it("keeps two documents open at once; closing one leaves the other saving", async () => {
    const db = await getDatabase();
    const idA = await createNewDocument(db, "toc", "First");
    const idB = await createNewDocument(db, "logic", "Second");
    const a = recordingView();
    const b = recordingView();
    const docA = openForEditing(idA, { view: a.view });
    const docB = openForEditing(idB, { view: b.view });
    const [openA, openB] = await Promise.all([docA.ready, docB.ready]);
    if (!openA || !openB) throw new Error("not opened");
    expect(a.seen.states.at(-1)).toBe("ready");
    expect(b.seen.states.at(-1)).toBe("ready");

    addElement(openA.doc, element("in-a"));
    addElement(openB.doc, element("in-b"));
    expect(a.seen.models.at(-1)?.elements.map((e) => e.id)).toEqual(["in-a"]);
    expect(b.seen.models.at(-1)?.elements.map((e) => e.id)).toEqual(["in-b"]);

    await docA.close();
    expect(docA.opened).toBeNull();
    const modelsOfA = a.seen.models.length;
    setDocumentTitle(openB.doc, "Second, still saving");
    await openB.persistence.flush();
    expect(b.seen.models.at(-1)?.meta.title).toBe("Second, still saving");
    expect(a.seen.models.length).toBe(modelsOfA);
    expect(await storedTitle(idB)).toBe("Second, still saving");
    expect(await storedTitle(idA)).toBe("First");
    const storedA = await readStoredDoc(db, idA);
    expect(summarizeDoc(storedA).elementCount).toBe(1);
    storedA.destroy();

    await docB.close();
    await docB.close(); // idempotent
  });

  it("opening a document already open shares its Y.Doc; the last close lets go", async () => {
    const id = await createNewDocument(await getDatabase(), "toc", "Shared here");
    const first = recordingView();
    const second = recordingView();
    const one = openForEditing(id, { view: first.view });
    const two = openForEditing(id, { view: second.view });
    const [a, b] = await Promise.all([one.ready, two.ready]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    if (!a) throw new Error("not opened");
    addElement(a.doc, element("seen-by-both"));
    expect(first.seen.models.at(-1)?.elements).toHaveLength(1);
    expect(second.seen.models.at(-1)?.elements).toHaveLength(1);

    await one.close();
    setDocumentTitle(a.doc, "Still open for the second");
    await a.persistence.flush();
    expect(second.seen.models.at(-1)?.meta.title).toBe("Still open for the second");
    expect(await storedTitle(id)).toBe("Still open for the second");

    await two.close();
    const again = openForEditing(id, { view: recordingView().view });
    const reopened = await again.ready;
    expect(reopened).not.toBe(a);
    expect(reopened?.doc.getMap("nodes").size).toBe(1);
    await again.close();
  });

  it("says a document that is not stored here is missing", async () => {
    const { seen, view } = recordingView();
    const doc = openForEditing("no-such-document", { view });
    expect(await doc.ready).toBeNull();
    expect(seen.states).toEqual(["loading", "missing"]);
  });

  it("closing before the load finishes opens nothing", async () => {
    const id = await createNewDocument(await getDatabase(), "toc", "Closed early");
    const { seen, view } = recordingView();
    const doc = openForEditing(id, { view });
    await doc.close();
    expect(await doc.ready).toBeNull();
    expect(seen.models).toEqual([]);
    expect(seen.states).toEqual(["loading"]);
  });

  it("the editor's slot reuses the document it holds and lets go on close", async () => {
    const id = await createNewDocument(await getDatabase(), "toc", "In the editor");
    openInEditor(id);
    const held = editorDocument();
    openInEditor(id);
    expect(editorDocument()).toBe(held);
    const opened = await whenOpen(id);
    expect(activeDocument()).toBe(opened);
    expect(useEditor.getState().open).toBe("ready");
    expect(useEditor.getState().model?.meta.title).toBe("In the editor");
    expect(await whenOpen("another-id")).toBeNull();

    closeEditor();
    closeEditor();
    expect(editorDocument()).toBeNull();
    expect(activeDocument()).toBeNull();
    expect(useEditor.getState().open).toBe("closed");
  });

  it("a document that turns read-only later (a newer peer) tells its view", async () => {
    const id = await createNewDocument(await getDatabase(), "toc", "Shared");
    const { seen, view } = recordingView();
    const doc = openForEditing(id, { view });
    const opened = await doc.ready;
    opened?.becomeReadOnly();
    opened?.becomeReadOnly();
    expect(opened?.readOnly).toBe(true);
    expect(seen.states).toEqual(["loading", "ready", "too-new"]);
    await doc.close();
  });
});
