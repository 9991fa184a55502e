// "Start from a template": the templates with a one-line summary and size;
// "Use this template" makes a new document from it (one transaction, like an
// import) and opens it. Errors say so in plain English and change nothing.
import { useState } from "react";
import { FRAMINGS } from "../../domain/stages";
import { quoted } from "../../domain/text";
import { createFromTemplate } from "../../store/libraryStore";
import { showMessage } from "../../store/notices";
import { openDocumentRoute } from "../../store/router";
import { TEMPLATE_CATALOGUE, type TemplateEntry } from "../../templates/catalogue";
import { plural } from "../common/format";

export function TemplatePicker() {
  const [busy, setBusy] = useState<string | null>(null);
  const use = async (template: TemplateEntry) => {
    setBusy(template.id);
    try {
      openDocumentRoute(await createFromTemplate(template.id));
    } catch (err) {
      console.error(err);
      showMessage(
        `A new document from the template ${quoted(template.name)} could not be stored on this device. Nothing was changed.`,
        "error",
      );
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="templates-heading" className="templates">
      <h2 id="templates-heading">Start from a template</h2>
      <p className="hint">
        Each makes a new document you can change freely. The starters are written from public
        sources; a note in each says which, and what to change first.
      </p>
      <ul className="template-list">
        {TEMPLATE_CATALOGUE.map((t) => (
          <li key={t.id} className="template-card">
            <h3 id={`template-${t.id}`} className="template-card__name">
              {t.name}
            </h3>
            <p className="template-card__summary">{t.summary}</p>
            <p className="template-card__size">
              {FRAMINGS[t.framing].label} · {plural(t.elements, "element")} and a note ·{" "}
              {t.links === 0 ? "no links" : plural(t.links, "link")}
            </p>
            <button
              type="button"
              className="button template-card__use"
              aria-label={`Use this template: ${t.name}`}
              disabled={busy !== null}
              aria-busy={busy === t.id || undefined}
              onClick={() => void use(t)}
            >
              {busy === t.id ? "Creating…" : "Use this template"}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
