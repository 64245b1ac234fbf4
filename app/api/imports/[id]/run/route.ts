import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { assertReaches, jobForRequest } from "@/lib/imports/import-access";
import { importContext } from "@/lib/imports/import-setup";
import { jobAthletes, requeueFailedRows } from "@/lib/imports/queries";
import { runImportRequestSchema } from "@/lib/imports/requests";
import { runImport } from "@/lib/imports/run-import";
import { streamJob } from "@/lib/imports/stream-run";

// POST /api/imports/:id/run: send the job's pending rows, streaming each row's result as a line
// of JSON. A run on the saved connection goes on on the server when the tab closes; a
// pasted-token run stops (the token lives only in this request), and Resume picks it up again.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = runImportRequestSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user, request, { tokenReachChecked: true });
  const { credential, client } = await importContext(db, request, user);
  assertReaches(credential.account, await jobAthletes(db, id));
  if (body.retryFailed) await requeueFailedRows(db, id);

  const env = getEnv();
  return streamJob("send", (onRow) => runImport(db, job.id, {
    client, tokens: credential.tokens, onRow, signal: credential.credential === "pasted_token" ? request.signal : undefined,
    concurrency: env.IMPORT_CONCURRENCY, retryDelayMs: env.IMPORT_RETRY_DELAY_MS, inFlightMs: 2 * env.TRAININGPEAKS_TIMEOUT_MS,
  }));
});
