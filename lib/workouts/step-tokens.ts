// The words of one step, with their 1-based columns, put back together where people write one
// value with spaces: "40-50 rpm" → "40-50rpm", "315w - 330w" → "315w-330w", "70 % HR" → "70% HR",
// "10 min" → "10min", "5 x 400m" → "5x 400m", "5:00 min/km" → "5:00/km", "75% of FTP" → "75% FTP".
// Dashes of any kind read as "-", "×" as "x".

import { PACE_UNIT_PATTERN } from "./pace-units";

export type Token = { text: string; column: number };

const UNIT_WORDS = new Set([
  "%",
  "w",
  "watts",
  "rpm",
  "spm",
  "bpm",
  "x",
  "s",
  "sec",
  "secs",
  "second",
  "seconds",
  "m",
  "min",
  "mins",
  "minute",
  "minutes",
  "h",
  "hr",
  "hrs",
  "hour",
  "hours",
  "mtr",
  "meters",
  "metres",
  "km",
  "k",
  "mi",
  "mile",
  "miles",
  "yrd",
  "yds",
  "yd",
  "yards",
]);
const NUMBER_OR_RANGE = /^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?$/;
const STARTS_WITH_VALUE = /^(\d|z\d)/i;
const PACE_UNIT = new RegExp(`^(min)?\\/(${PACE_UNIT_PATTERN})$`, "i");

export function stepTokens(text: string, column: number): Token[] {
  const normal = text.replace(/[–—−]/g, "-").replace(/×/g, "x");
  const raw: Token[] = [];
  const words = /\S+/g;
  for (let match = words.exec(normal); match; match = words.exec(normal)) raw.push({ text: match[0], column: column + match.index });

  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as Token;
    const previous = tokens[tokens.length - 1];
    if (!previous || !mergeInto(previous, token, raw[i + 1])) {
      tokens.push(token);
      continue;
    }
    if (previous.text.endsWith("\u0000")) {
      previous.text = previous.text.slice(0, -1);
      i++; // the merge took the next word too
    }
  }
  return tokens;
}

/** Whether `token` joins `previous` (changing it); a merge that also took `next` ends in "\u0000". */
function mergeInto(previous: Token, token: Token, next: Token | undefined): boolean {
  const text = token.text;
  const before = previous.text;
  const lower = text.length <= 8 ? cleanWord(text).toLowerCase() : "";
  const beforeEndsInDigit = isDigit(before.charCodeAt(before.length - 1));
  if (
    next &&
    (text === "-" || lower === "to") &&
    STARTS_WITH_VALUE.test(before) &&
    STARTS_WITH_VALUE.test(next.text) &&
    /\d$/.test(before.replace(/[%a-z]+$/i, ""))
  ) {
    previous.text = `${before}-${next.text}\u0000`;
    return true;
  }
  if (before.endsWith("-") && isDigit(text.charCodeAt(0))) {
    previous.text += text;
    return true;
  }
  if (text.startsWith("-") && isDigit(text.charCodeAt(1)) && /\d%?$/.test(before) && STARTS_WITH_VALUE.test(before)) {
    previous.text += text;
    return true;
  }
  if (beforeEndsInDigit && lower !== "" && NUMBER_OR_RANGE.test(before)) {
    if (lower === "hr" && Number(before.split("-").at(-1)) >= 40) {
      previous.text += "bpm"; // "145 HR", "140-150 HR": beats per minute (a time in hours is never that long)
      return true;
    }
    if (UNIT_WORDS.has(lower)) {
      previous.text += text.toLowerCase();
      return true;
    }
  }
  if (lower === "of" && before.endsWith("%")) return true; // "75% of FTP"
  if (beforeEndsInDigit && text.includes("/") && /\d:\d\d$/.test(before) && PACE_UNIT.test(text)) {
    // "5:00 min/km", "5:00 /km"
    previous.text += text.slice(text.indexOf("/"));
    return true;
  }
  if (before.length <= 4 && /^z$|^zone$/i.test(before) && /^\d(-\d)?$/.test(text)) {
    previous.text = `Z${text}`;
    return true;
  }
  return false;
}

/** A letter, digit, "%", "'" or '"': nothing to strip. */
function isPlain(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 37 || code === 39 || code === 34;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A word without the punctuation around it ("@90%," → "90%"); quotes stay, they are minutes and seconds. */
export function cleanWord(text: string): string {
  if (isPlain(text.charCodeAt(0)) && isPlain(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/^[@([]+/, "").replace(/[,;:.!)\]]+$/, "");
}
