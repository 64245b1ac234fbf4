// Which remembered column mapping fits a plan: the same header row (same names, same order)
// gives the same key, in the browser (localStorage) and on the server (the user's account).

/** A 16-hex-digit key of a plan's header row (cyrb53-style hash, two 32-bit lanes). */
export function columnMappingKey(headers: readonly string[]): string {
  const text = JSON.stringify(headers.map((header) => header.trim()));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(16).padStart(8, "0")}${(h2 >>> 0).toString(16).padStart(8, "0")}`;
}

export const COLUMN_MAPPING_KEY = /^[0-9a-f]{16}$/;
