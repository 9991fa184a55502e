// The "Checks" tab's label with the number of open findings: "Checks (7)" on
// screen, "Checks, 7 open findings" to a screen reader.
import { useOpenFindingCount } from "./useFindings";
import "./quality.css";

export function ChecksTabLabel() {
  const open = useOpenFindingCount();
  if (open === null) return <>Checks</>;
  const spoken = open === 0 ? "no open findings" : `${open} open finding${open === 1 ? "" : "s"}`;
  return (
    <>
      <span aria-hidden="true">Checks ({open})</span>
      <span className="visually-hidden">Checks, {spoken}</span>
    </>
  );
}
