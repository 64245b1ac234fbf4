import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { requestCancel } from "@/lib/imports/data/cancel-requests";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";

// POST /api/imports/:id/cancel: the running import stops before its next row, on whichever instance runs it.
export const POST = route({ params: importIdParamsSchema, user: "optional" }, async ({ request, db, params, user }) => {
  const job = await jobForRequest(db, params.id, user, request);
  await requestCancel(db, job.id);
  return getImportJobView(db, job.id);
});
