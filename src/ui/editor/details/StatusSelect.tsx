// Where the group stands on an element: proposed, agreed or contested.
import { ELEMENT_STATUSES, type ElementStatus, STATUS_LABELS } from "../../../domain/details";
import { setElementStatus } from "../../../store/detailActions";

export function StatusSelect(props: {
  elementId: string;
  status: ElementStatus;
  disabled: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor="el-status">Status</label>
      <select
        id="el-status"
        className="text-input"
        value={props.status}
        disabled={props.disabled}
        onChange={(e) => setElementStatus(props.elementId, e.target.value as ElementStatus)}
      >
        {ELEMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
