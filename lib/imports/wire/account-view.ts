import { z } from "zod";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";

// A TrainingPeaks account as the import page sees it: a coach's roster for the athlete picker.

export const accountViewSchema = z.object({
  name: z.string(),
  isCoach: z.boolean(),
  athleteId: z.string().nullable(),
  roster: z.array(z.object({ athleteId: z.string(), name: z.string(), accountType: z.enum(["premium", "basic", "unknown"]) })),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export function toAccountView(account: TrainingPeaksAccount): AccountView {
  return accountViewSchema.parse({
    name: account.name,
    isCoach: account.isCoach,
    athleteId: account.athleteId,
    roster: account.roster.map((athlete) => ({
      athleteId: athlete.athleteId,
      // The coach's own calendar, when TrainingPeaks lists it among the athletes.
      name: athlete.isSelf ? `${athlete.name} (you)` : athlete.name,
      accountType: athlete.isPremium === null ? "unknown" : athlete.isPremium ? "premium" : "basic",
    })),
  });
}
