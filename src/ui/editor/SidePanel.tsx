// Details of the selection: title, kind, stage and description of one element,
// its links (with rationale), and a keyboard way to add a link.
import { useEditor } from "../../store/editorStore";
import { plural } from "../common/format";
import { ElementDetails } from "./ElementDetails";
import { LinkDetails } from "./LinkDetails";

export function SidePanel() {
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
      {element ? (
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
    </aside>
  );
}
