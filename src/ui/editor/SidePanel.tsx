// The side panel: two tabs. "Details" shows the selection (one element's or
// link's details, a keyboard way to add a link); "Checks" the live quality
// checks. Tabs follow the WAI-ARIA tabs pattern (arrow keys move between them).
import type { KeyboardEvent } from "react";
import { useEditor } from "../../store/editorStore";
import { plural } from "../common/format";
import { ElementDetails } from "./ElementDetails";
import { LinkDetails } from "./LinkDetails";
import { ChecksTabLabel } from "./quality/ChecksTabLabel";
import { QualityPanel } from "./quality/QualityPanel";

const TABS = [
  { id: "details", label: "Details" },
  { id: "checks", label: "Checks" },
] as const;

function PanelTabs() {
  const tab = useEditor((s) => s.sidePanel);
  const choose = (id: (typeof TABS)[number]["id"]) => {
    useEditor.setState({ sidePanel: id });
    document.getElementById(`side-tab-${id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    choose(tab === "details" ? "checks" : "details");
  };
  return (
    <div className="side-panel__tabs" role="tablist" aria-label="Side panel">
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`side-tab-${t.id}`}
          type="button"
          role="tab"
          className="side-panel__tab"
          aria-selected={tab === t.id}
          aria-controls="side-panel-content"
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => choose(t.id)}
          onKeyDown={onKeyDown}
        >
          {t.id === "checks" ? <ChecksTabLabel /> : t.label}
        </button>
      ))}
    </div>
  );
}

export function SidePanel() {
  const tab = useEditor((s) => s.sidePanel);
  const model = useEditor((s) => s.model);
  const selectedElements = useEditor((s) => s.selectedElements);
  const selectedLinks = useEditor((s) => s.selectedLinks);
  if (!model) return null;
  const element =
    selectedElements.size === 1
      ? model.elements.find((e) => selectedElements.has(e.id))
      : undefined;
  const link =
    !element && selectedLinks.size === 1 && selectedElements.size === 0
      ? model.links.find((l) => selectedLinks.has(l.id))
      : undefined;
  const count = selectedElements.size + selectedLinks.size;
  return (
    <aside className="side-panel" aria-labelledby="side-panel-heading" data-testid="side-panel">
      <PanelTabs />
      <div id="side-panel-content" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === "checks" ? (
          <QualityPanel model={model} />
        ) : element ? (
          <ElementDetails key={element.id} element={element} model={model} />
        ) : link ? (
          <LinkDetails key={link.id} link={link} model={model} />
        ) : (
          <>
            <h2 id="side-panel-heading">Details</h2>
            <p className="hint">
              {count > 1
                ? `${count} items selected. Select one to see and edit its details.`
                : "Select an element or a link to see and edit its details. Add elements with the buttons above or the keys 1 to 7."}
            </p>
            <p className="hint">
              {plural(model.elements.length, "element")}, {plural(model.links.length, "link")}.
            </p>
          </>
        )}
      </div>
    </aside>
  );
}
