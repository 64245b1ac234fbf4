import "server-only";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";

/** What a connection records when TrainingPeaks has just proved it: who it reaches, and that it works. */
export function verifiedAs(account: TrainingPeaksAccount) {
  return {
    athleteId: account.athleteId,
    name: account.name,
    isPremium: account.isPremium,
    isCoach: account.isCoach,
    rosterCount: account.roster.length,
    timeZone: account.timeZone,
    status: "connected",
    lastVerifiedAt: new Date(),
  };
}
