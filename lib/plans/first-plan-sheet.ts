import { parsePlanCsv } from "./parse-plan-csv";
import type { WorkbookSheet } from "./read-workbook";

const HEAD_LINES = 40;

/**
 * The sheet a workbook's plan is read from until the user picks another: the first whose top
 * lines name plan columns (a "Read me" sheet before the plan is passed over), else the first.
 */
export function firstPlanSheet(sheets: readonly WorkbookSheet[]): number {
  const index = sheets.findIndex((sheet) => parsePlanCsv(sheet.csv.split("\n", HEAD_LINES).join("\n")).ok);
  return index === -1 ? 0 : index;
}
