import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { jobForRequest } from "@/lib/imports/import-access";
import { decideDuplicates, getImportJobView } from "@/lib/imports/queries";
import { duplicateChoiceSchema } from "@/lib/imports/requests";

// POST /api/imports/:id/duplicates: skip the rows that look like workouts already on the calendar, or send them anyway.
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { action } = duplicateChoiceSchema.parse(await readJson(request));
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  await decideDuplicates(db, job.id, action);
  return Response.json(await getImportJobView(db, job.id));
});
