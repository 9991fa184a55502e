import type { FramingId } from "../../domain/stages";
import { createDocumentOfFraming } from "../../store/libraryStore";
import { showMessage } from "../../store/notices";
import { openDocumentRoute } from "../../store/router";

async function create(framing: FramingId) {
  try {
    openDocumentRoute(await createDocumentOfFraming(framing));
  } catch (err) {
    console.error(err);
    showMessage("A new document could not be stored on this device.", "error");
  }
}

export function NewDocumentButtons() {
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => void create("toc")}>
        New theory of change
      </button>
      <button type="button" className="button" onClick={() => void create("logic")}>
        New logic model
      </button>
    </>
  );
}
