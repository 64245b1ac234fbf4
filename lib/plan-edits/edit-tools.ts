// What editing a loaded plan needs that is heavy (papaparse and the plan reader's CSV options):
// one module, loaded when a plan is loaded, so it stays out of the page's first download.

export { cellText } from "./cell-text";
export { readSourceSheet } from "./read-source-sheet";
export { rebuildPlanCsv } from "./rebuild-plan-csv";
