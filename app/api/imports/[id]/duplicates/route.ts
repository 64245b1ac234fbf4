import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { decideDuplicates } from "@/lib/imports/data/row-queue";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { duplicateChoiceSchema, importIdParamsSchema } from "@/lib/imports/wire/requests";

// POST /api/imports/:id/duplicates: skip the rows that look like workouts already on the calendar, or send them anyway.
export const POST = route(
  { params: importIdParamsSchema, body: duplicateChoiceSchema, user: "optional" },
  async ({ request, db, params, body, user }) => {
    const job = await jobForRequest(db, params.id, user, request);
    await decideDuplicates(db, job.id, body.action);
    return getImportJobView(db, job.id);
  },
);
