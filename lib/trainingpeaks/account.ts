import "server-only";
import { isPremiumAccount } from "./account-type";
import type { TrainingPeaksClient } from "./client";
import type { UserResponse } from "./schemas";

// Who a token belongs to, in our own terms: the athlete whose calendar it reaches, the account
// type, and for a coach the roster, the coach's own calendar included when TrainingPeaks lists it.

export type RosterAthlete = {
  athleteId: string;
  name: string;
  email: string | null;
  isPremium: boolean | null;
  /** The account's own calendar (a coach who also trains), listed among the athletes. */
  isSelf: boolean;
};
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

export async function describeAccount(
  client: TrainingPeaksClient,
  token: string,
  athleteIdFromToken: string | null,
): Promise<TrainingPeaksAccount> {
  return accountFromProfile(await client.getUser(token), athleteIdFromToken);
}

export function accountFromProfile(profile: UserResponse, athleteIdFromToken: string | null, now: Date = new Date()): TrainingPeaksAccount {
  const { user } = profile;
  const isPremium = user.settings?.account?.isPremium ?? isPremiumAccount({ ...user, expireOn: user.expireDate }, now);
  const listed = (user.athletes ?? []).map((athlete): RosterAthlete => {
    // The self entry: the account's own id, or (MCP) coached by the account with the account's email.
    const isSelf =
      athlete.athleteId === user.userId ||
      (athlete.coachedBy === (user.personId ?? user.userId) &&
        !!athlete.email &&
        athlete.email.toLowerCase() === user.email?.toLowerCase());
    return {
      athleteId: athlete.athleteId,
      name: [athlete.firstName, athlete.lastName].filter(Boolean).join(" ") || `Athlete ${athlete.athleteId}`,
      email: athlete.email ?? null,
      isPremium: isPremiumAccount(athlete, now) ?? (isSelf ? isPremium : null),
      isSelf,
    };
  });
  const hasOthers = listed.some((athlete) => !athlete.isSelf);
  const isCoach = profile.accountStatus?.isCoach ?? ((user.settings?.account?.coachType ?? 0) > 0 || hasOthers);
  return {
    userId: user.userId,
    name: user.fullName ?? ([user.firstName, user.lastName].filter(Boolean).join(" ") || `Athlete ${user.userId}`),
    email: user.email ?? null,
    athleteId: isCoach ? null : (athleteIdFromToken ?? user.userId),
    isPremium,
    isCoach,
    // The coach's own calendar first, when TrainingPeaks lists it; it is never made up.
    roster: [...listed.filter((athlete) => athlete.isSelf), ...listed.filter((athlete) => !athlete.isSelf)],
    timeZone: user.timeZone ?? null,
  };
}
