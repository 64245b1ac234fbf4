import "server-only";
import type { SignedInUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";
import { partnerClientFor, partnerStructureOptions } from "@/lib/trainingpeaks/partner/config-from-env";
import { sportWarningOf } from "@/lib/trainingpeaks/partner/map-workout";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";
import { partnerDayRefusal, todayIn } from "@/lib/trainingpeaks/partner/rules";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { credentialForConnection, credentialForRequest, type ImportCredential } from "./import-credentials";
import type { ImportSetup } from "@/lib/imports/create/start-import";

/**
 * The credential a request brings and its calendar, paced per TrainingPeaks account, so every job of
 * one account shares one polite pace, whichever credential it uses.
 */
export async function importContext(db: Db, request: Request, user: SignedInUser | null) {
  const credential = await credentialForRequest(db, trainingPeaksClientFor("profile"), request, user);
  const client = calendarFor(credential);
  return { credential, client, setup: setupFor(credential, client, user, request.signal) };
}

/** A worker's credential and calendar for a saved-connection job of this user (no request: the connection is read from the database). */
export async function savedConnectionContext(db: Db, userId: string) {
  const credential = await credentialForConnection(db, trainingPeaksClientFor("profile"), userId);
  return { credential, client: calendarFor(credential) };
}

/** The calendar of the credential's API, paced per TrainingPeaks account, so every job of one account shares one polite pace. */
function calendarFor(credential: ImportCredential): TrainingPeaksCalendar {
  const key = `tp:${credential.account.userId}`;
  if (!credential.partnerRole) return webCalendar(trainingPeaksClientFor(key));
  return partnerCalendar(partnerClientFor(key), {
    role: credential.partnerRole,
    structure: partnerStructureOptions(),
    today: () => todayIn(credential.account.timeZone),
  });
}

/** The Partner API's date window and sports (Partner doc §5, §6), checked as the job is laid down. */
function partnerRules(credential: ImportCredential): ImportSetup["checkWorkout"] {
  if (!credential.partnerRole) return undefined;
  const { account } = credential;
  const today = todayIn(account.timeZone);
  const basicAthlete = !account.isCoach && account.isPremium === false;
  return (_athleteId, workout) => {
    const refusal = partnerDayRefusal(workout, today, basicAthlete);
    if (refusal) return { refusal };
    const note = sportWarningOf(workout.sport);
    return note ? { note } : null;
  };
}

/** Laying a job down reads TrainingPeaks (thresholds, calendars); those reads stop when the browser has gone. */
function setupFor(
  credential: ImportCredential,
  client: TrainingPeaksCalendar,
  user: SignedInUser | null,
  signal: AbortSignal,
): ImportSetup {
  const { tokens } = credential;
  const tokenWhileWanted = async () => {
    if (signal.aborted) throw new AppError("bad_request", "The request was cancelled before the import was laid down; nothing was saved.");
    return tokens.token();
  };
  return {
    account: credential.account,
    credential: credential.credential,
    userId: user?.id ?? null,
    loadThresholds: (athleteId) => async (sport) => client.athleteThresholds(await tokenWhileWanted(), athleteId, sport),
    readCalendar: async (athleteId, start, end) => client.listWorkouts(await tokenWhileWanted(), athleteId, start, end),
    checkWorkout: partnerRules(credential),
  };
}
