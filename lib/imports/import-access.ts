import type { SignedInUser } from "@/lib/auth/current-user";
import { connectionTokenSource } from "@/lib/connections/connection-token-source";
import { getConnection, RECONNECT_MESSAGE } from "@/lib/connections/connections";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { acceptPastedToken, pastedTokenSource } from "./pasted-token";
import { getImportJob } from "./queries";
import type { TokenSource } from "./run-import";
import { athleteForToken } from "./start-import";

// Who may touch an import, and with which TrainingPeaks credential: a pasted bearer token in the
// request, or else the signed-in user's saved connection.

export type ImportCredential = { athleteId: string; name: string; credential: "pasted_token" | "connection"; tokens: TokenSource };

export async function credentialForRequest(db: Db, client: TrainingPeaksClient, request: Request, user: SignedInUser | null): Promise<ImportCredential> {
  const pasted = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "").trim();
  if (pasted) {
    const accepted = acceptPastedToken(pasted);
    const athlete = await athleteForToken(client, accepted);
    return { athleteId: athlete.athleteId, name: athlete.name, credential: "pasted_token", tokens: pastedTokenSource(accepted.token) };
  }
  if (!user) throw new AppError("token_missing", "Paste your TrainingPeaks bearer token first.");
  const connection = await getConnection(db, user.id);
  if (!connection) throw new AppError("token_missing", "Paste your TrainingPeaks bearer token, or save your TrainingPeaks connection in Settings.");
  if (connection.status === "needs_reconnecting") throw new AppError("needs_reconnecting", RECONNECT_MESSAGE);
  if (!connection.athleteId) {
    throw new AppError("coach_account", `${connection.name} is a coach account: PlanDrop imports onto one athlete's own calendar, so connect the athlete's account for now.`);
  }
  return { athleteId: connection.athleteId, name: connection.name, credential: "connection", tokens: connectionTokenSource(db, client, user.id) };
}

/** The job, if this request may see it: an owned job only by its owner, anyone else gets 404. */
export async function jobForRequest(db: Db, jobId: string, user: SignedInUser | null) {
  const job = await getImportJob(db, jobId);
  if (!job || (job.userId !== null && job.userId !== user?.id)) throw new AppError("not_found", "This import does not exist.");
  return job;
}
