// Numbers as people type them in spreadsheets. A decimal comma is accepted only where the file
// cannot mean a thousands separator (semicolon- and tab-separated files).

export function parseNumber(text: string, allowDecimalComma: boolean): number | null {
  let cleaned = text.trim();
  if (cleaned === "") return null;
  if (allowDecimalComma && /^-?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
