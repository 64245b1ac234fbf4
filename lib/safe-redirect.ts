// Where a sign-in may send the browser next: a path on this site, never another site. Browsers
// read "/\evil", "/%5Cevil" and "/<tab>/evil" as "//evil" (another host), so anything with a
// backslash or a control character, raw or percent-encoded, or that starts with two slashes
// once decoded, is refused, and what is left must resolve to this origin.

const PLACEHOLDER_ORIGIN = "http://plandrop.invalid";
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE = /[\\\u0000-\u001f\u007f]/;

export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2_000 || !next.startsWith("/")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return fallback;
  }
  for (const form of [next, decoded]) {
    if (UNSAFE.test(form) || form.startsWith("//")) return fallback;
  }
  const url = new URL(next, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
