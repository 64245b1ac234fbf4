import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { jobForRequest } from "@/lib/imports/import-access";
import { getImportJobView, requestCancel } from "@/lib/imports/queries";

// POST /api/imports/:id/cancel: the running import stops before its next row, on whichever instance runs it.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  await requestCancel(db, job.id);
  return Response.json(await getImportJobView(db, job.id));
});
