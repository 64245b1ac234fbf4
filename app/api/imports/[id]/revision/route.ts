import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { jobForRequest } from "@/lib/imports/import-access";
import { getImportJobView } from "@/lib/imports/queries";
import { revisionChoiceSchema } from "@/lib/imports/requests";
import { decideRevision } from "@/lib/imports/revision-queries";

// POST /api/imports/:id/revision: what to do with an earlier import's workouts that a revised plan changes (update, add as new, skip) or no longer has (remove, keep).
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const choice = revisionChoiceSchema.parse(await readJson(request));
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  await decideRevision(db, job.id, choice);
  return Response.json(await getImportJobView(db, job.id));
});
