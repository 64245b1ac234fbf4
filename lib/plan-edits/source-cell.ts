import type { ParsedRow, PlanSourceColumns } from "@/lib/plans/plan-result";

/** The preview's columns a user can edit. */
export const EDITABLE_FIELDS = ["date", "sport", "title", "duration", "distance", "tss", "structure"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const EDITABLE_FIELD_LABELS: Record<EditableField, string> = {
  date: "date",
  sport: "sport",
  title: "title",
  duration: "duration",
  distance: "distance",
  tss: "TSS",
  structure: "workout text",
};

/** A cell of the plan's file: its spreadsheet row, column index and header. */
export type SourceCell = { row: number; column: number; header: string };

/**
 * The file's cell a preview field comes from, or null when none holds it. A workout read from a
 * cell holding the day's or the sport's workout (a week grid, Swim/Bike/Run columns, "6 mi a.m.
 * 4 mi p.m.") is edited in that cell; a measure with no column of its own, in the title cell it is
 * read from; workout text, in the structure column or else the description.
 */
export function sourceCellOf(row: ParsedRow, field: EditableField, source: PlanSourceColumns): SourceCell | null {
  const column = sourceColumnOf(row, field, source.columns);
  if (column === undefined) return null;
  return { row: row.rowNumber, column, header: (source.headers[column] ?? "").trim() || `column ${column + 1}` };
}

function sourceColumnOf(row: ParsedRow, field: EditableField, columns: PlanSourceColumns["columns"]): number | undefined {
  if (field === "date") return columns.date;
  if (field === "tss") return columns.tss;
  if (field === "structure") return columns.structure ?? (row.sourceColumn === undefined ? columns.description : undefined);
  if (row.sourceColumn !== undefined && (field !== "sport" || columns.sport === undefined)) return row.sourceColumn;
  if (field === "title") return columns.title;
  return columns[field] ?? columns.title;
}

/** Which cell an edit changes, and how many workouts read from it ("Edits the "Tue" cell of row 12, which 2 workouts are read from."). */
export function describeSourceCell(cell: SourceCell, sharedBy: number): string {
  const where = `Edits the "${cell.header}" cell of row ${cell.row}`;
  return sharedBy > 1 ? `${where}, which ${sharedBy} workouts are read from.` : `${where}.`;
}
