import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getImportJobView, requestCancel } from "@/lib/imports/data/queries";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";

// POST /api/imports/:id/cancel: the running import stops before its next row, on whichever instance runs it.
export const POST = route({ params: importIdParamsSchema, user: "optional" }, async ({ request, db, params, user }) => {
  const job = await jobForRequest(db, params.id, user, request);
  await requestCancel(db, job.id);
  return getImportJobView(db, job.id);
});
