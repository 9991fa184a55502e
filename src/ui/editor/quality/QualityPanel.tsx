// Placeholder until the quality panel lands: the side panel's "Checks" tab.
import type { TocModel } from "../../../domain/model";

export function QualityPanel(_props: { model: TocModel }) {
  return <h2 id="side-panel-heading">Checks</h2>;
}
