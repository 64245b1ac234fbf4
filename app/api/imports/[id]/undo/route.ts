import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { assertReaches, jobForRequest } from "@/lib/imports/import-access";
import { importContext } from "@/lib/imports/import-setup";
import { jobAthletes } from "@/lib/imports/queries";
import { startJob } from "@/lib/jobs/start-job";

// POST /api/imports/:id/undo: starts deleting the workouts this import created (and putting back
// those it updated) in the background, and answers at once (202) with the job to follow.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const job = await jobForRequest(db, id, user, request, { tokenReachChecked: true });
  const { credential, client } = await importContext(db, request, user);
  assertReaches(credential.account, await jobAthletes(db, id));
  return Response.json(await startJob(db, job.id, "undo", credential, client), { status: 202 });
});
