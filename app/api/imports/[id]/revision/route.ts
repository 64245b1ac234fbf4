import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { importIdParamsSchema, revisionChoiceSchema } from "@/lib/imports/wire/requests";
import { decideRevision } from "@/lib/imports/data/revision-outcomes";

// POST /api/imports/:id/revision: what to do with an earlier import's workouts that a revised plan changes (update, add as new, skip) or no longer has (remove, keep).
export const POST = route(
  { params: importIdParamsSchema, body: revisionChoiceSchema, user: "optional" },
  async ({ request, db, params, body, user }) => {
    const job = await jobForRequest(db, params.id, user, request);
    await decideRevision(db, job.id, body);
    return getImportJobView(db, job.id);
  },
);
