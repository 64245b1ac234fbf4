import { decodeJwt, decodeProtectedHeader } from "jose";

// Pasted bearer tokens: cleaning what people copy from DevTools, and reading a JWT's claims.
// Pure and free of server-only code, so the browser gives instant feedback with the same rules.

export type CleanedToken = { token: string; notes: string[] } | { error: string };
export type TokenClaims = { kind: "jwt"; expiresAt: Date | null; athleteId: string | null } | { kind: "opaque" };

const TOKEN_CHARS = /^[A-Za-z0-9._~+/=-]+$/;
const HEADER_IN_TEXT = /authorization\s*:\s*bearer\s+([A-Za-z0-9._~+/=-]+)/i;

/** Accepts "Authorization: Bearer …", "Bearer …", a bare token, a cURL line; with quotes, spaces or line breaks. */
export function cleanPastedToken(pasted: string): CleanedToken {
  const notes: string[] = [];
  let text = pasted.trim();
  if (text === "") return { error: "Paste the bearer token first." };
  if (/Production_tpAuth/i.test(text)) {
    return {
      error:
        "This is the Production_tpAuth cookie, not a bearer token. Copy the Authorization header's value instead, or save the cookie in Settings.",
    };
  }

  const inHeader = HEADER_IN_TEXT.exec(text);
  if (inHeader && inHeader.index > 0) {
    text = inHeader[1] ?? "";
    notes.push("Took the token out of the Authorization header in what you pasted.");
  }
  const unquoted = text.replace(/^["'`]+|["'`,;]+$/g, "");
  if (unquoted !== text) notes.push("Removed quotes around the token.");
  text = unquoted.trim();
  const withoutPrefix = text.replace(/^authorization\s*:\s*/i, "").replace(/^bearer\s+/i, "");
  if (withoutPrefix !== text) notes.push('Removed "Authorization: Bearer" in front of the token.');
  text = withoutPrefix.replace(/^["'`]+|["'`]+$/g, "");
  const compact = text.replace(/\s+/g, "");
  if (compact !== text) notes.push("Removed spaces and line breaks inside the token.");

  if (!TOKEN_CHARS.test(compact) || compact.length < 20) {
    return {
      error:
        'This does not look like a TrainingPeaks bearer token: copy the value after "Bearer" in the Authorization header of a tpapi.trainingpeaks.com request.',
    };
  }
  return { token: compact, notes };
}

/**
 * Reads a JWT's claims WITHOUT checking its signature: we do not hold TrainingPeaks' key, and
 * TrainingPeaks checks the token itself on every call. Claims are hints (expiry, athlete id),
 * never authority. The athlete id is taken only from a numeric claim whose name says "athlete";
 * a generic user claim such as `sub` is a coach's own id for coaches, not a calendar.
 */
export function readTokenClaims(token: string): TokenClaims {
  const parts = token.split(".");
  if (parts.length !== 3) return { kind: "opaque" };
  try {
    if (!decodeProtectedHeader(token).alg) return { kind: "opaque" };
    const claims = decodeJwt(token);
    const expiresAt = typeof claims.exp === "number" ? new Date(claims.exp * 1000) : null;
    return { kind: "jwt", expiresAt, athleteId: findAthleteClaim(claims) };
  } catch {
    return { kind: "opaque" };
  }
}

function findAthleteClaim(claims: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(claims)) {
    if (!/athlete/i.test(name)) continue;
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return String(value);
    if (typeof value === "string" && /^\d{1,15}$/.test(value)) return value;
  }
  return null;
}

export function formatExpiry(expiresAt: Date): string {
  return expiresAt.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}
