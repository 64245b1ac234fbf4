import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { assertReaches, jobForRequest } from "@/lib/imports/import-access";
import { importContext } from "@/lib/imports/import-setup";
import { jobAthletes } from "@/lib/imports/queries";
import { undoImportRequestSchema } from "@/lib/imports/requests";
import { streamJob } from "@/lib/imports/stream-run";
import { undoImport } from "@/lib/imports/undo-import";
import { readBodyOrEmpty } from "@/lib/read-body-or-empty";

// POST /api/imports/:id/undo: delete the workouts this import created (all of them, or one
// athlete's with { athleteId }), streaming each row's result.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = undoImportRequestSchema.parse(await readBodyOrEmpty(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user, request, { tokenReachChecked: true });
  const { credential, client } = await importContext(db, request, user);
  const athletes = await jobAthletes(db, id);
  assertReaches(credential.account, body.athleteId ? athletes.filter((athlete) => athlete.athleteId === body.athleteId) : athletes);
  return streamJob("undo", (onRow) => undoImport(db, job.id, { client, tokens: credential.tokens, onRow, signal: credential.credential === "pasted_token" ? request.signal : undefined, concurrency: getEnv().IMPORT_CONCURRENCY, athleteId: body.athleteId }));
});
