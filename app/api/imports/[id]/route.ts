import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";

// GET /api/imports/:id: the job and every row's result. A signed-in user's import is theirs
// alone; an anonymous one is reachable by its random id, known only to the browser that made it.
export const GET = route({ params: importIdParamsSchema, user: "optional" }, async ({ request, db, params, user }) => {
  const job = await jobForRequest(db, params.id, user, request);
  return getImportJobView(db, job.id);
});
