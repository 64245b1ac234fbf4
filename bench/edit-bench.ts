// Editing a 10,000-row plan in the preview: what one committed edit costs (the plan's text
// written again with the fixes, then the same parse the preview runs), against reading the plan
// once for editing and a parse alone.
import { foldChanges, type PlanChange } from "../lib/plan-edits/plan-changes";
import { readSourceSheet } from "../lib/plan-edits/read-source-sheet";
import { rebuildPlanCsv } from "../lib/plan-edits/rebuild-plan-csv";
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { makePlanCsv } from "./plan-csv";
import { medianMs } from "./timing";

const ROWS = 10_000;
const csv = makePlanCsv(ROWS);
const sheet = readSourceSheet(csv);
const changes: PlanChange[] = Array.from({ length: 50 }, (_, index) => ({
  id: index + 1,
  label: "",
  cells: [{ row: 2 + index * 150, column: 2, value: `Edited ${index}` }],
  removedRows: [2 + index * 150 + 1],
}));
const overrides = foldChanges(changes);

const readMs = medianMs(() => readSourceSheet(csv));
const rebuildMs = medianMs(() => rebuildPlanCsv(sheet, overrides));
const parseMs = medianMs(() => parsePlanCsv(csv));
const commitMs = medianMs(() => parsePlanCsv(rebuildPlanCsv(sheet, foldChanges(changes))));

console.log(
  `Editing, ${ROWS.toLocaleString("en-US")} rows: reading the plan for editing ${readMs.toFixed(1)} ms once; one edit committed with 100 fixes in place (rebuild ${rebuildMs.toFixed(1)} ms + parse) ${commitMs.toFixed(1)} ms against a parse alone ${parseMs.toFixed(1)} ms`,
);
