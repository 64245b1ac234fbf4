import type { TrainingPeaksClient } from "./client";
import type { UserResponse } from "./schemas";

// Who a token belongs to, in our own terms: the athlete whose calendar it reaches, the account
// type, and for a coach the roster.

export type RosterAthlete = { athleteId: string; name: string; email: string | null; isPremium: boolean | null };
export type TrainingPeaksAccount = {
  userId: string;
  name: string;
  email: string | null;
  /** The calendar this token writes to; null for a coach, who must pick from the roster. */
  athleteId: string | null;
  isPremium: boolean | null;
  isCoach: boolean;
  roster: RosterAthlete[];
  timeZone: string | null;
};

export async function describeAccount(client: TrainingPeaksClient, token: string, athleteIdFromToken: string | null): Promise<TrainingPeaksAccount> {
  return accountFromProfile(await client.getUser(token), athleteIdFromToken);
}

export function accountFromProfile(profile: UserResponse, athleteIdFromToken: string | null): TrainingPeaksAccount {
  const { user } = profile;
  const listed = (user.athletes ?? []).map((athlete) => ({
    athleteId: athlete.athleteId,
    name: [athlete.firstName, athlete.lastName].filter(Boolean).join(" ") || `Athlete ${athlete.athleteId}`,
    email: athlete.email ?? null,
    isPremium: premiumFromUserType(athlete.userType),
  }));
  const hasOthers = listed.some((athlete) => athlete.athleteId !== user.userId);
  const isCoach = profile.accountStatus?.isCoach ?? ((user.settings?.account?.coachType ?? 0) > 0 || hasOthers);
  // A coach's own id is never a calendar to plan on, even if TrainingPeaks lists it.
  const roster = isCoach ? listed.filter((athlete) => athlete.athleteId !== user.userId) : listed;
  return {
    userId: user.userId,
    name: user.fullName ?? ([user.firstName, user.lastName].filter(Boolean).join(" ") || `Athlete ${user.userId}`),
    email: user.email ?? null,
    athleteId: isCoach ? null : athleteIdFromToken ?? user.userId,
    isPremium: user.settings?.account?.isPremium ?? premiumFromUserType(user.userType),
    isCoach,
    roster,
    timeZone: user.timeZone ?? null,
  };
}

/** Roster userType: 1 = was Premium, 4 = active Premium, 6 = Basic (API doc §9). */
function premiumFromUserType(userType: number | null | undefined): boolean | null {
  if (userType === 4) return true;
  if (userType === 1 || userType === 6) return false;
  return null;
}
