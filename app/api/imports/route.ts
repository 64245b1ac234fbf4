import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { credentialForRequest } from "@/lib/imports/import-access";
import { createImportRequestSchema } from "@/lib/imports/requests";
import { createImportFromPlan } from "@/lib/imports/start-import";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/imports: parse the plan again, find the athlete (pasted token or saved connection),
// lay the job and every row down. Nothing is sent yet.
export const POST = route(async (request) => {
  const body = createImportRequestSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const athlete = await credentialForRequest(db, trainingPeaksClientFor(user ? `user:${user.id}` : "profile"), request, user);
  const job = await createImportFromPlan(db, athlete, athlete.credential, {
    csv: body.csv,
    fileName: body.fileName,
    options: { startDate: body.startDate, dateOrder: body.dateOrder },
  }, user?.id ?? null);
  return Response.json(job, { status: 201 });
});
