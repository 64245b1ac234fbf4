import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { credentialForRequest, jobForRequest } from "@/lib/imports/import-access";
import { requeueFailedRows } from "@/lib/imports/queries";
import { runImportRequestSchema } from "@/lib/imports/requests";
import { streamRun } from "@/lib/imports/stream-run";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/imports/:id/run: send the job's pending rows, streaming each row's result as a line
// of JSON. A pasted-token run stops when the tab closes; Resume picks it up again.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = runImportRequestSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user);

  const client = trainingPeaksClientFor(job.athleteId);
  const credential = await credentialForRequest(db, client, request, user);
  if (credential.athleteId !== job.athleteId) {
    throw new AppError("wrong_athlete", `This ${credential.credential === "connection" ? "connection" : "token"} belongs to ${credential.name}, but the import is for ${job.athleteName}.`);
  }
  if (body.retryFailed) await requeueFailedRows(db, id);

  const env = getEnv();
  return streamRun(db, id, {
    client, tokens: credential.tokens, signal: request.signal,
    concurrency: env.IMPORT_CONCURRENCY, retryDelayMs: env.IMPORT_RETRY_DELAY_MS,
  });
});
