import { bearerFrom, readJson, route } from "@/lib/api";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { streamRun } from "@/lib/imports/stream-run";
import { acceptPastedToken, pastedTokenSource } from "@/lib/imports/pasted-token";
import { getImportJob, requeueFailedRows } from "@/lib/imports/queries";
import { runImportRequestSchema } from "@/lib/imports/requests";
import { athleteForToken } from "@/lib/imports/start-import";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/imports/:id/run: send the job's pending rows with the pasted token, streaming each
// row's result as a line of JSON. Closing the tab stops the run; Resume picks it up again.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = runImportRequestSchema.parse(await readJson(request));
  const accepted = acceptPastedToken(bearerFrom(request));
  const db = await getDb();
  const job = await getImportJob(db, id);
  if (!job) throw new AppError("not_found", "This import does not exist.");

  const client = trainingPeaksClientFor(job.athleteId);
  const athlete = await athleteForToken(client, accepted);
  if (athlete.athleteId !== job.athleteId) {
    throw new AppError("wrong_athlete", `This token belongs to ${athlete.name}, but the import is for ${job.athleteName}.`);
  }
  if (body.retryFailed) await requeueFailedRows(db, id);

  const env = getEnv();
  return streamRun(db, id, {
    client, tokens: pastedTokenSource(accepted.token), signal: request.signal,
    concurrency: env.IMPORT_CONCURRENCY, retryDelayMs: env.IMPORT_RETRY_DELAY_MS,
  });
});
