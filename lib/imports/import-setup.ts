import type { SignedInUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import { credentialForRequest, type ImportCredential } from "./import-access";
import type { ImportSetup } from "./start-import";

/**
 * The credential a request brings and its calendar, paced per TrainingPeaks account, so every job of
 * one account shares one polite pace, whichever credential it uses.
 */
export async function importContext(db: Db, request: Request, user: SignedInUser | null) {
  const credential = await credentialForRequest(db, trainingPeaksClientFor("profile"), request, user);
  const client = webCalendar(trainingPeaksClientFor(`tp:${credential.account.userId}`));
  return { credential, client, setup: setupFor(credential, client, user, request.signal) };
}

/** Laying a job down reads TrainingPeaks (thresholds, calendars); those reads stop when the browser has gone. */
function setupFor(credential: ImportCredential, client: TrainingPeaksCalendar, user: SignedInUser | null, signal: AbortSignal): ImportSetup {
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
  };
}
