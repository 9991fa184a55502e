// The library: every theory of change on this device, with create, open,
// rename, duplicate, delete (to a trash, recoverable until emptied) and import.
import { useEffect } from "react";
import { refreshLibrary, useLibrary } from "../../store/libraryStore";
import { ImportButton } from "../import/ImportButton";
import { DocumentList } from "./DocumentList";
import { NewDocumentButtons } from "./NewDocumentButtons";
import { StorageNote } from "./StorageNote";
import { TemplatePicker } from "./TemplatePicker";
import { TrashList } from "./TrashList";

export function HomeScreen() {
  const { loaded, entries, error } = useLibrary();
  useEffect(() => {
    document.title = "ToC Studio — your theories of change";
    void refreshLibrary();
  }, []);
  const live = entries.filter((e) => e.trashedAt === null);
  const trashed = entries.filter((e) => e.trashedAt !== null);
  return (
    <div className="home">
      <header className="home__header">
        <h1 className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◎
          </span>{" "}
          ToC Studio
        </h1>
        <p className="home__lede">
          Draft a theory of change together. Everything stays on this device unless you choose to
          share it.
        </p>
      </header>
      <main className="home__main">
        <section aria-labelledby="start-heading" className="home__start">
          <h2 id="start-heading">Start</h2>
          <div className="button-row">
            <NewDocumentButtons />
            <ImportButton />
          </div>
          <p className="hint">
            You can also drop a .toc.json file anywhere on this page, or start from a template
            below.
          </p>
        </section>
        <section aria-labelledby="docs-heading">
          <h2 id="docs-heading">On this device</h2>
          {error && <p className="error-text">{error}</p>}
          {!loaded ? <p>Loading…</p> : <DocumentList entries={live} />}
        </section>
        <TemplatePicker />
        {trashed.length > 0 && <TrashList entries={trashed} />}
        <StorageNote />
      </main>
    </div>
  );
}
