// Numbers as people type them in spreadsheets. A decimal comma is accepted only where the file
// cannot mean a thousands separator (semicolon- and tab-separated files).

export function parseNumber(text: string, allowDecimalComma: boolean): number | null {
  const cleaned = text.trim();
  if (cleaned === "") return null;
  // A hand scan instead of a regular expression: this runs several times per row of a plan.
  let digits = 0;
  let separator = -1;
  for (let i = 0; i < cleaned.length; i++) {
    const code = cleaned.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 45 && i === 0)
      continue; // leading minus
    else if ((code === 46 || (code === 44 && allowDecimalComma)) && separator === -1) separator = i;
    else return null;
  }
  if (digits === 0) return null;
  if (separator !== -1 && cleaned.charCodeAt(separator) === 44) {
    if (separator === 0 || separator === cleaned.length - 1) return null;
    return Number(`${cleaned.slice(0, separator)}.${cleaned.slice(separator + 1)}`);
  }
  return Number(cleaned);
}
