import "server-only";
import { z } from "zod";

// What Settings and the import page are told about a saved connection. Never the cookie or a
// token: only the cookie's last 4 characters (none for an OAuth connection).

export const connectionViewSchema = z.object({
  /** "oauth": Connect with TrainingPeaks (the Partner API); "cookie": a saved Production_tpAuth cookie (the web API). */
  method: z.enum(["oauth", "cookie"]),
  name: z.string(),
  athleteId: z.string().nullable(),
  accountType: z.enum(["premium", "basic", "unknown"]),
  isCoach: z.boolean(),
  rosterCount: z.number().int(),
  status: z.enum(["connected", "needs_reconnecting"]),
  lastVerifiedAt: z.string(),
  tokenExpiresAt: z.string().nullable(),
  cookieLast4: z.string().length(4).nullable(),
});
export type ConnectionView = z.infer<typeof connectionViewSchema>;

/** What both kinds of saved connection store about the account they reach. */
type StoredAccount = {
  name: string;
  athleteId: string | null;
  isPremium: boolean | null;
  isCoach: boolean;
  rosterCount: number;
  status: string;
  lastVerifiedAt: Date;
};

/** The view of a saved connection, cookie or OAuth: the account it reaches, how, and until when its token holds. */
export function connectionViewOf(
  row: StoredAccount,
  how: { method: ConnectionView["method"]; tokenExpiresAt: Date | null; cookieLast4: string | null },
): ConnectionView {
  return connectionViewSchema.parse({
    method: how.method,
    name: row.name,
    athleteId: row.athleteId,
    accountType: row.isPremium === null ? "unknown" : row.isPremium ? "premium" : "basic",
    isCoach: row.isCoach,
    rosterCount: row.rosterCount,
    status: row.status,
    lastVerifiedAt: row.lastVerifiedAt.toISOString(),
    tokenExpiresAt: how.tokenExpiresAt?.toISOString() ?? null,
    cookieLast4: how.cookieLast4,
  });
}

export const saveConnectionRequestSchema = z.object({ cookie: z.string().max(20_000) });
