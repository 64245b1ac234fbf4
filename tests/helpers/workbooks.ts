import writeXlsxFile, { type SheetData } from "write-excel-file/node";

// Builds real .xlsx files for tests and the bench, with write-excel-file (a dev dependency).

export type TestSheet = { sheet: string; data: SheetData };

/** An .xlsx workbook of these sheets, as the bytes a browser would read from the file. */
export async function makeWorkbook(sheets: TestSheet[]): Promise<ArrayBuffer> {
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** A date cell showing this calendar day, formatted as a spreadsheet user would see it. */
export function dateCell(isoDay: string, format = "dd/mm/yyyy") {
  const [year, month, day] = isoDay.split("-").map(Number);
  return { value: new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)), format };
}
