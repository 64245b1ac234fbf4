// The words of one step, with their 1-based columns, put back together where people write one
// value with spaces: "40-50 rpm" → "40-50rpm", "315w - 330w" → "315w-330w", "70 % HR" → "70% HR",
// "10 min" → "10min", "5 x 400m" → "5x 400m", "5:00 min/km" → "5:00/km", "75% of FTP" → "75% FTP".
// Dashes of any kind read as "-", "×" as "x".

export type Token = { text: string; column: number };

const UNIT_WORDS = new Set([
  "%", "w", "watts", "rpm", "spm", "bpm", "x",
  "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
  "mtr", "meters", "metres", "km", "k", "mi", "mile", "miles", "yrd", "yds", "yd", "yards",
]);
const NUMBER_OR_RANGE = /^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?$/;
const STARTS_WITH_VALUE = /^(\d|z\d)/i;
const PACE_UNIT = /^(min)?\/(km|mi|mile|100m|100y|100yd|500m|400m|250m)$/i;

export function stepTokens(text: string, column: number): Token[] {
  const normal = text.replace(/[–—−]/g, "-").replace(/×/g, "x");
  const raw: Token[] = [];
  const words = /\S+/g;
  for (let match = words.exec(normal); match; match = words.exec(normal)) raw.push({ text: match[0], column: column + match.index });

  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as Token;
    const previous = tokens[tokens.length - 1];
    const next = raw[i + 1];
    if (previous && next && (token.text === "-" || token.text.toLowerCase() === "to") && STARTS_WITH_VALUE.test(previous.text) && STARTS_WITH_VALUE.test(next.text) && /\d$/.test(previous.text.replace(/[%a-z]+$/i, ""))) {
      previous.text = `${previous.text}-${next.text}`;
      i++;
      continue;
    }
    if (previous && previous.text.endsWith("-") && /^\d/.test(token.text)) {
      previous.text += token.text;
      continue;
    }
    if (previous && token.text.startsWith("-") && /^\d/.test(token.text.slice(1)) && /\d%?$/.test(previous.text) && STARTS_WITH_VALUE.test(previous.text)) {
      previous.text += token.text;
      continue;
    }
    if (previous && NUMBER_OR_RANGE.test(previous.text) && cleanWord(token.text).toLowerCase() === "hr" && Number(previous.text.split("-").at(-1)) >= 40) {
      previous.text += "bpm"; // "145 HR", "140-150 HR": beats per minute (a time in hours is never that long)
      continue;
    }
    if (previous && NUMBER_OR_RANGE.test(previous.text) && UNIT_WORDS.has(cleanWord(token.text).toLowerCase())) {
      previous.text += token.text.toLowerCase();
      continue;
    }
    if (previous && /%$/.test(previous.text) && token.text.toLowerCase() === "of") continue; // "75% of FTP"
    if (previous && /\d:\d\d$/.test(previous.text) && PACE_UNIT.test(token.text)) { // "5:00 min/km", "5:00 /km"
      previous.text += token.text.slice(token.text.indexOf("/"));
      continue;
    }
    if (previous && /^z$|^zone$/i.test(previous.text) && /^\d(-\d)?$/.test(token.text)) {
      previous.text = `Z${token.text}`;
      continue;
    }
    tokens.push({ ...token });
  }
  return tokens;
}

/** A word without the punctuation around it ("@90%," → "90%"); quotes stay, they are minutes and seconds. */
export function cleanWord(text: string): string {
  return text.replace(/^[@(\[]+/, "").replace(/[,;:.!)\]]+$/, "");
}
