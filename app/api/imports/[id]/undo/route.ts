import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { assertReaches, jobForRequest } from "@/lib/imports/import-access";
import { importContext } from "@/lib/imports/import-setup";
import { jobAthletes } from "@/lib/imports/queries";
import { streamJob } from "@/lib/imports/stream-run";
import { undoImport } from "@/lib/imports/undo-import";

// POST /api/imports/:id/undo: delete the workouts this import created, streaming each row's result.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user, request, { tokenReachChecked: true });
  const { credential, client } = await importContext(db, request, user);
  assertReaches(credential.account, await jobAthletes(db, id));
  return streamJob("undo", (onRow) => undoImport(db, job.id, { client, tokens: credential.tokens, onRow, signal: credential.credential === "pasted_token" ? request.signal : undefined, concurrency: getEnv().IMPORT_CONCURRENCY }));
});
