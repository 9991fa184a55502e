// What the canvas shows: pathway, stakeholder filter, ceiling, framing, zoom.
import { ROLE_LABELS, STAKEHOLDER_ROLES, type StakeholderRole } from "../domain/details";
import { FRAMING_IDS, FRAMINGS, type FramingId, STAGE_IDS, type StageId } from "../domain/stages";
import { setFraming } from "../store/actions";
import { filterByStakeholder, focusPathway, setCeiling } from "../store/arrange";
import { useEditor } from "../store/editorStore";
import { hasModel, selectedElements } from "./state";
import type { Action } from "./types";
import { viewport } from "./viewport";

export const VIEW_ACTIONS: Action[] = [
  {
    id: "show-pathway",
    label: "Show pathway",
    group: "View",
    icon: "pathway",
    writes: false,
    enabled: (s) => s.editor.pathwayFocus !== null || selectedElements(s).length === 1,
    pressed: (s) => s.editor.pathwayFocus !== null,
    perform: () => {
      const { pathwayFocus, selectedElements: selected } = useEditor.getState();
      focusPathway(pathwayFocus ? null : ([...selected][0] ?? null));
    },
  },
  {
    id: "stakeholder-filter",
    label: "Stakeholder filter",
    group: "View",
    icon: "stakeholders",
    writes: false,
    enabled: (s) => (s.editor.model?.stakeholders.length ?? 0) > 0,
    choices: (s) => [
      { value: "", label: "Everything" },
      ...(s.editor.model?.stakeholders ?? []).flatMap((g) =>
        STAKEHOLDER_ROLES.map((role) => ({
          value: `${g.id}|${role}`,
          label: `what ${g.name} ${ROLE_LABELS[role].toLowerCase()}`,
          section: g.name,
        })),
      ),
    ],
    chosen: ({ editor: { stakeholderFilter: f } }) => (f ? `${f.stakeholderId}|${f.role}` : ""),
    perform: ({ value = "" }) => {
      const [stakeholderId, role] = value.split("|");
      filterByStakeholder(stakeholderId ? { stakeholderId, role: role as StakeholderRole } : null);
    },
  },
  {
    id: "ceiling",
    label: "Accountability ceiling",
    group: "View",
    icon: "ceiling",
    writes: true,
    enabled: hasModel,
    choices: (s) => {
      const names = FRAMINGS[s.editor.model?.meta.framing ?? "toc"].stageNames;
      return [
        { value: "", label: "No ceiling" },
        ...STAGE_IDS.slice(0, -1).map((stage) => ({
          value: stage,
          label: `above ${names[stage]}`,
        })),
      ];
    },
    chosen: (s) => s.editor.model?.meta.ceiling ?? "",
    perform: ({ value }) => setCeiling((value || null) as StageId | null),
  },
  {
    id: "framing",
    label: "Framing",
    group: "View",
    writes: true,
    enabled: hasModel,
    choices: () => FRAMING_IDS.map((f) => ({ value: f, label: FRAMINGS[f].label })),
    chosen: (s) => s.editor.model?.meta.framing ?? "toc",
    perform: ({ value }) => {
      if (value) setFraming(value as FramingId);
    },
  },
  {
    id: "zoom-in",
    label: "Zoom in",
    group: "View",
    icon: "zoom-in",
    keys: ["Mod+=", "Mod++"],
    writes: false,
    perform: () => viewport()?.zoomIn(),
  },
  {
    id: "zoom-out",
    label: "Zoom out",
    group: "View",
    icon: "zoom-out",
    keys: ["Mod+-", "Mod+_"],
    writes: false,
    perform: () => viewport()?.zoomOut(),
  },
  {
    id: "zoom-fit",
    label: "Fit to screen",
    group: "View",
    icon: "zoom-fit",
    keys: ["Mod+0"],
    writes: false,
    perform: () => viewport()?.fit(),
  },
];
