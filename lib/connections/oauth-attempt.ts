import "server-only";
import { z } from "zod";
import { decryptSecret, encryptSecret } from "@/lib/crypto";

// The browser's half-finished "Connect with TrainingPeaks": the state and PKCE verifier to check
// the way back against, sealed (encrypted like the tokens) in a short-lived HttpOnly cookie.

export const OAUTH_COOKIE = "plandrop_tp_oauth";
export const OAUTH_COOKIE_MAX_AGE_S = 15 * 60;

const attemptSchema = z.object({
  state: z.string().min(1),
  codeVerifier: z.string().nullable(),
  role: z.enum(["athlete", "coach"]),
  userId: z.string(),
  expiresAt: z.number(),
});
export type OAuthAttempt = z.infer<typeof attemptSchema>;

export async function sealAttempt(attempt: Omit<OAuthAttempt, "expiresAt">): Promise<string> {
  return encryptSecret(JSON.stringify({ ...attempt, expiresAt: Date.now() + OAUTH_COOKIE_MAX_AGE_S * 1000 }));
}

/** The attempt, or null when the cookie is missing, altered, or too old. */
export async function openAttempt(sealed: string | undefined): Promise<OAuthAttempt | null> {
  if (!sealed) return null;
  try {
    const parsed = attemptSchema.safeParse(JSON.parse((await decryptSecret(sealed)).plaintext));
    return parsed.success && parsed.data.expiresAt > Date.now() ? parsed.data : null;
  } catch {
    return null;
  }
}
