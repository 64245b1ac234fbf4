import { MAX_PLAN_BYTES } from "./limits";

/**
 * The checks that refuse a whole file before any row is read. Each answer is one sentence
 * for the person who chose the file; null means the text can be parsed.
 */
export function checkPlanText(text: string): string | null {
  if (text.trim() === "") return "The file is empty.";
  if (utf8Length(text) > MAX_PLAN_BYTES) {
    return `The file is ${formatMegabytes(utf8Length(text))}; PlanDrop takes plans up to 10 MB.`;
  }
  const head = text.slice(0, 8192);
  if (head.startsWith("PK\u0003\u0004")) {
    return "This is a spreadsheet workbook, not a CSV: in your spreadsheet app choose Save As (or Download) → CSV, then use that file.";
  }
  if (head.startsWith("%PDF")) return "This is a PDF, not a CSV: export the plan from its spreadsheet as CSV.";
  if (head.includes("\u0000") || countReplacementCharacters(head) > head.length / 100) {
    return "This file is not text, so it cannot be a CSV plan: export the plan as CSV and try again.";
  }
  return null;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_PLAN_BYTES) return text.length; // cannot be over the limit
  return new TextEncoder().encode(text).length;
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}
