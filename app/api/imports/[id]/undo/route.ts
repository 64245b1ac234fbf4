import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { assertReaches, jobForRequest } from "@/lib/imports/data/import-access";
import { importContext } from "@/lib/imports/engine/import-context";
import { jobAthletes } from "@/lib/imports/data/queries";
import { undoImportRequestSchema } from "@/lib/imports/wire/requests";
import { startJob } from "@/lib/jobs/start-job";
import { readBodyOrEmpty } from "@/lib/read-body-or-empty";

// POST /api/imports/:id/undo: starts deleting the workouts this import created (and putting back
// those it updated), all of them or one athlete's with { athleteId }, in the background, and
// answers at once (202) with the job to follow.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = undoImportRequestSchema.parse(await readBodyOrEmpty(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user, request, { tokenReachChecked: true });
  const { credential, client } = await importContext(db, request, user);
  const athletes = await jobAthletes(db, id);
  assertReaches(credential.account, body.athleteId ? athletes.filter((athlete) => athlete.athleteId === body.athleteId) : athletes);
  return Response.json(await startJob(db, job.id, "undo", credential, client, body.athleteId), { status: 202 });
});
