// The one toolbar, generated from the action registry: the seven add buttons,
// Undo, Redo, Delete, then the Edit, Arrange and View menus.
import { ADD_ACTIONS } from "../../actions/add";
import { MenuButton } from "../common/Menu";
import { ActionButton, actionEntries } from "./actionControls";

const MENUS = [
  { label: "Edit", ids: ["copy", "cut", "paste", "duplicate", "select-all"] },
  { label: "Arrange", ids: ["lay-out", "tidy", "group", "rename-group", "ungroup"] },
  {
    label: "View",
    // The stakeholder filter last: with many groups it is the long part.
    ids: ["show-pathway", "zoom-in", "zoom-out", "zoom-fit", "ceiling", "stakeholder-filter"],
  },
] as const;

export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas tools">
      <fieldset className="toolbar__group">
        <legend className="visually-hidden">Add an element</legend>
        {ADD_ACTIONS.map((a) => (
          <ActionButton
            key={a.id}
            id={a.id}
            short
            className={`tool tool--${a.id.replace("add-", "")}`}
          />
        ))}
      </fieldset>
      <fieldset className="toolbar__group">
        <legend className="visually-hidden">Edit</legend>
        <ActionButton id="undo" />
        <ActionButton id="redo" />
        <ActionButton id="delete" className="tool tool--danger" />
      </fieldset>
      <div className="toolbar__group">
        {MENUS.map((menu) => (
          <MenuButton key={menu.label} label={menu.label} entries={() => actionEntries(menu.ids)} />
        ))}
      </div>
    </div>
  );
}
