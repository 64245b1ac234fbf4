import "server-only";
// Pasted Production_tpAuth cookies: the bare value, "Production_tpAuth=…", a whole Cookie header,
// or a "Copy as cURL" line. Only that one cookie is kept. Pure, so the browser can say at once
// what it kept.

export type CleanedCookie = { value: string; notes: string[] } | { error: string };

const NAME = "Production_tpAuth=";
const VALUE_CHARS = /^[A-Za-z0-9._~+/=%-]+$/;
/**
 * Shorter than this is a cut-off copy: the value is an encrypted sign-in ticket, hundreds of
 * characters long (TP2I's guide: "Production_tpAuth=very_long_string"), and browsers shorten long
 * values on screen (Firefox ends them with "…", API doc §12).
 */
const MIN_LENGTH = 100;

export function cleanPastedCookie(pasted: string): CleanedCookie {
  const text = pasted.trim();
  if (text === "") return { error: "Paste the Production_tpAuth cookie first." };
  const notes: string[] = [];
  let value: string;

  const at = text.indexOf(NAME);
  if (at >= 0) {
    value = text.slice(at + NAME.length).split(/[;'"\s]/)[0] ?? "";
    const others = countOtherCookies(text);
    if (/^curl\s/i.test(text)) notes.push("Took the Production_tpAuth cookie out of the cURL command.");
    else if (others > 0)
      notes.push(`Kept only the Production_tpAuth cookie and left out ${others} other ${others === 1 ? "cookie" : "cookies"}.`);
    else notes.push('Removed "Production_tpAuth=" in front of the value.');
  } else {
    if (/^(curl\s|cookie:)/i.test(text) || text.includes(";")) {
      return {
        error: "There is no Production_tpAuth cookie in what you pasted: copy it from app.trainingpeaks.com's cookies (see the guide).",
      };
    }
    value = text.replace(/^["']+|["']+$/g, "");
    if (value !== text) notes.push("Removed quotes around the value.");
  }

  if (/^(bearer\s|eyJ|gAAAA)/i.test(value)) {
    return {
      error: "This is a bearer token, not the Production_tpAuth cookie: the cookie is under Application → Cookies in the developer tools.",
    };
  }
  if (/(…|\.\.\.)$/.test(value) || value.includes("…")) {
    return {
      error:
        'This cookie value was cut short: it ends in "…", as the browser shows long values. Copy the whole value with Copy Value on the cookie (see the guide).',
    };
  }
  if (value.length < MIN_LENGTH && VALUE_CHARS.test(value)) {
    return {
      error: `This cookie value has only ${value.length} characters, but a Production_tpAuth value is hundreds long: it was cut short when copied. Copy the whole value with Copy Value on the cookie (see the guide).`,
    };
  }
  if (!VALUE_CHARS.test(value)) {
    return { error: "This does not look like the Production_tpAuth cookie's value; copy it again with Copy Value (see the guide)." };
  }
  return { value, notes };
}

function countOtherCookies(text: string): number {
  const pairs = text.match(/(?:^|[;\s'"])([A-Za-z0-9_.-]+)=/g) ?? [];
  return Math.max(0, pairs.filter((pair) => !pair.includes("Production_tpAuth")).length);
}
