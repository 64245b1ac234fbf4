import "server-only";
import { AppError } from "@/lib/errors";
import { cleanPastedToken, formatExpiry, readTokenClaims, type TokenClaims } from "@/lib/trainingpeaks/pasted-token";
import type { TokenSource } from "./token-source";

export type AcceptedToken = { token: string; claims: TokenClaims; notes: string[] };

/**
 * Cleans a pasted bearer token and refuses one whose JWT says it has expired, before anything
 * is sent to TrainingPeaks. The token lives only in this request; it is never stored or logged.
 */
export function acceptPastedToken(pasted: string, now: Date = new Date()): AcceptedToken {
  const cleaned = cleanPastedToken(pasted);
  if ("error" in cleaned) throw new AppError("token_invalid", cleaned.error);
  const claims = readTokenClaims(cleaned.token);
  if (claims.kind === "jwt" && claims.expiresAt && claims.expiresAt.getTime() <= now.getTime()) {
    throw new AppError(
      "token_expired",
      `This TrainingPeaks token expired at ${formatExpiry(claims.expiresAt)} UTC; copy a fresh one from the TrainingPeaks web app.`,
    );
  }
  return { token: cleaned.token, claims, notes: cleaned.notes };
}

/** A pasted token cannot be renewed: after a 401 the user pastes a fresh one and resumes. */
export function pastedTokenSource(token: string): TokenSource {
  return {
    token: async () => token,
    renewAfterUnauthorized: async () => false,
    expiredReason: "TrainingPeaks says the token has expired: paste a fresh bearer token.",
  };
}
