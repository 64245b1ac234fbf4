import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { jobForRequest } from "@/lib/imports/import-access";
import { getImportJobView } from "@/lib/imports/queries";

// GET /api/imports/:id: the job and every row's result. A signed-in user's import is theirs
// alone; an anonymous one is reachable by its random id, known only to the browser that made it.
export const GET = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  return Response.json(await getImportJobView(db, job.id));
});
