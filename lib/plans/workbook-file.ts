// Telling a workbook from a CSV before anything is read, without loading the workbook reader
// (lib/plans/read-workbook.ts is imported only once a workbook is dropped).

export const ODS_REFUSAL =
  "This is an OpenDocument spreadsheet (.ods), which PlanDrop does not read: save it as an Excel workbook (.xlsx) or as CSV, then use that file.";

/** Whether a file is an .xlsx workbook, by its name or by its first bytes (a zip) when the name says nothing. */
export function isWorkbookFile(name: string, head: Uint8Array): boolean {
  if (/\.xlsx$/i.test(name)) return true;
  if (/\.(csv|tsv|txt)$/i.test(name)) return false;
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
