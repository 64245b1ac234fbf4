// What the import page shows once a plan is read, in one module so it loads as one piece after
// the page starts (import-workbench.tsx loads it with next/dynamic), not in its first download.
export { ColumnRolesPanel } from "./column-roles-panel";
export { PlanChanges } from "./plan-changes";
export { PlanOptions } from "./plan-options";
export { PlanPreview } from "./plan-preview";
export { PlanReading } from "./plan-reading";
export { PlanSummary } from "./plan-summary";
export { PlanViews } from "./plan-views";
export { RepeatedErrorFixes } from "./repeated-error-fixes";
export { ZwoExport } from "./zwo-export";
