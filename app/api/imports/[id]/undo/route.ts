import { route } from "@/lib/api";
import { assertReaches } from "@/lib/imports/engine/import-credentials";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { importContext } from "@/lib/imports/engine/import-context";
import { jobAthletes } from "@/lib/imports/data/job-records";
import { importIdParamsSchema, undoImportRequestSchema } from "@/lib/imports/wire/requests";
import { startJob } from "@/lib/jobs/start-job";

// POST /api/imports/:id/undo: starts deleting the workouts this import created (and putting back
// those it updated), all of them or one athlete's with { athleteId }, in the background, and
// answers at once (202) with the job to follow.
export const POST = route(
  { params: importIdParamsSchema, body: undoImportRequestSchema, user: "optional" },
  async ({ request, db, params, body, user }) => {
    const job = await jobForRequest(db, params.id, user, request, { tokenReachChecked: true });
    const { credential, client } = await importContext(db, request, user);
    const athletes = await jobAthletes(db, job.id);
    assertReaches(credential.account, body.athleteId ? athletes.filter((athlete) => athlete.athleteId === body.athleteId) : athletes);
    return Response.json(await startJob(db, job.id, "undo", credential, client, body.athleteId), { status: 202 });
  },
);
