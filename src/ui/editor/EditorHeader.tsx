// The editor's one-row header: back, the title, save status, then framing,
// the session, Export…, the command palette and a "More" menu — all from the
// action registry.
import { action, runAction } from "../../actions/registry";
import { actionStateNow } from "../../actions/state";
import { MAX_TITLE_LENGTH, type TocModel } from "../../domain/model";
import { renameDocument } from "../../store/actions";
import { useEditor } from "../../store/editorStore";
import { useCollab } from "../../store/liveSession";
import { Icon } from "../common/icons";
import { MenuButton } from "../common/Menu";
import { TextField } from "../common/TextField";
import { SessionStatus } from "../live/SessionStatus";
import { ActionButton, actionEntries, useActionStatus } from "./actionControls";
import { StatusLine } from "./StatusLine";

const MORE = ["import", "print", "leave-session", "session-settings", "shortcuts"];

export function EditorHeader({ model }: { model: TocModel }) {
  const readOnly = useEditor((s) => s.open !== "ready");
  const inSession = useCollab((s) => s.link !== null);
  return (
    <header className="editor__header">
      <a href="#/" className="back-link">
        <Icon name="back" /> <span className="back-link__text">All documents</span>
      </a>
      <div className="editor__title">
        <TextField
          id="doc-title"
          label="Document title"
          value={model.meta.title}
          maxLength={MAX_TITLE_LENGTH}
          disabled={readOnly}
          onCommit={renameDocument}
        />
      </div>
      {/* Saved and session status one above the other, so a session's header stays one row. */}
      <div className="editor__statuses">
        <StatusLine />
        <SessionStatus />
      </div>
      <div className="editor__actions">
        <FramingSwitch model={model} />
        <ActionButton
          id={inSession ? "invite" : "start-session"}
          className="button button--primary"
        />
        <ActionButton id="export" className="button" />
        <ActionButton id="palette" className="button button--icon" iconOnly />
        <MenuButton
          label="More"
          className="button"
          entries={() => actionEntries(MORE.filter((id) => inSession || id !== "leave-session"))}
        >
          <Icon name="more" />
          <span>More</span>
        </MenuButton>
      </div>
    </header>
  );
}

/** Theory of change / logic model: the framing action's choices as radio buttons. */
function FramingSwitch({ model }: { model: TocModel }) {
  const framing = action("framing");
  const { available } = useActionStatus(framing);
  const choices = framing.choices?.(actionStateNow()) ?? [];
  return (
    <fieldset className="framing-switch">
      <legend>Framing</legend>
      {choices.map((c) => (
        <label key={c.value} className={model.meta.framing === c.value ? "is-checked" : ""}>
          <input
            type="radio"
            name="framing"
            value={c.value}
            checked={model.meta.framing === c.value}
            disabled={!available}
            onChange={() => void runAction(framing, { value: c.value })}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
