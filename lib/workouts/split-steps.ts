// One-line workout text cut into its steps: on ";" (or "," when every part is a step), never
// inside the parentheses of a repeat.

/** "10m 60%, 20m 85%, 10m 50%": steps on one line separated by commas, each starting with a length or a repeat. */
export function isCommaList(text: string): boolean {
  const parts = splitTopLevel(text.trim(), 0, ",");
  return parts.length > 1 && parts.every((part) => /^\s*(-\s*)?(\d+\s*[x×]\s*\(|\d+(\.\d+)?\s*[a-z'"]|ramp\b)/i.test(part.text));
}

/** Splits on separators outside parentheses, keeping each part's 1-based column. */
export function splitTopLevel(text: string, columnOffset: number, separators: string): { text: string; column: number }[] {
  const parts: { text: string; column: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = i === text.length ? "" : (text[i] as string);
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && (char === "" || separators.includes(char))) {
      parts.push({ text: text.slice(start, i), column: columnOffset + start + 1 });
      start = i + 1;
    }
  }
  return parts;
}
