import { z } from "zod";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import type { TokenClaims } from "@/lib/trainingpeaks/pasted-token";

// What the browser is told about a pasted token: whose it is and how long it has left.

export const tokenCheckSchema = z.object({
  athleteId: z.string().nullable(),
  name: z.string(),
  accountType: z.enum(["premium", "basic", "unknown"]),
  isCoach: z.boolean(),
  expiresAt: z.string().nullable(),
  tokenKind: z.enum(["jwt", "opaque"]),
  notes: z.array(z.string()),
});
export type TokenCheck = z.infer<typeof tokenCheckSchema>;

/** `accepted`: the token as the server accepted it (engine/pasted-token.ts), its claims and notes. */
export function toTokenCheck(accepted: { claims: TokenClaims; notes: string[] }, account: TrainingPeaksAccount): TokenCheck {
  return tokenCheckSchema.parse({
    athleteId: account.athleteId,
    name: account.name,
    accountType: account.isPremium === null ? "unknown" : account.isPremium ? "premium" : "basic",
    isCoach: account.isCoach,
    expiresAt: accepted.claims.kind === "jwt" && accepted.claims.expiresAt ? accepted.claims.expiresAt.toISOString() : null,
    tokenKind: accepted.claims.kind,
    notes: accepted.notes,
  });
}
