"use client";

import type { WorkbookSheet } from "@/lib/plans/read-workbook";

export type Workbook = { fileName: string; sheets: WorkbookSheet[]; selected: number };

/** Which sheet of a workbook holds the plan; the first with plan columns until the user picks another. */
export function SheetPicker({ workbook, onSheet }: { workbook: Workbook; onSheet: (index: number) => void }) {
  return (
    <div className="field">
      <label htmlFor="plan-sheet" className="field-label">
        Sheet
      </label>
      <select
        id="plan-sheet"
        value={workbook.selected}
        onChange={(event) => onSheet(Number(event.target.value))}
        aria-describedby="plan-sheet-hint"
      >
        {workbook.sheets.map((sheet, index) => (
          <option key={sheet.name} value={index}>
            {sheet.name}
          </option>
        ))}
      </select>
      <p id="plan-sheet-hint" className="hint">
        {workbook.fileName} has {workbook.sheets.length} sheets; the plan is read from this one.
      </p>
    </div>
  );
}
