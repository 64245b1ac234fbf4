import { route } from "@/lib/api";
import { assertReaches } from "@/lib/imports/engine/import-credentials";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { importContext } from "@/lib/imports/engine/import-context";
import { jobAthletes } from "@/lib/imports/data/job-records";
import { requeueFailedRows } from "@/lib/imports/data/row-queue";
import { importIdParamsSchema, runImportRequestSchema } from "@/lib/imports/wire/requests";
import { startJob } from "@/lib/jobs/start-job";

// POST /api/imports/:id/run: starts sending the job's pending rows in the background and answers
// at once (202) with the job; the page follows it through /api/imports/:id/progress. A run on the
// saved connection goes on whatever happens to the tab or this process; a pasted-token run goes
// on in this process, and after a restart asks for a fresh token.
export const POST = route(
  { params: importIdParamsSchema, body: runImportRequestSchema, user: "optional" },
  async ({ request, db, params, body, user }) => {
    const job = await jobForRequest(db, params.id, user, request, { tokenReachChecked: true });
    const { credential, client } = await importContext(db, request, user);
    assertReaches(credential.account, await jobAthletes(db, job.id));
    if (body.retryFailed) await requeueFailedRows(db, job.id);
    return Response.json(await startJob(db, job.id, "send", credential, client), { status: 202 });
  },
);
