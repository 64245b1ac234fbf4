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

export const saveConnectionRequestSchema = z.object({ cookie: z.string().max(20_000) });
