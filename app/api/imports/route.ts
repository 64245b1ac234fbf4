import { readJson, route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { credentialForRequest } from "@/lib/imports/import-access";
import { createImportRequestSchema } from "@/lib/imports/requests";
import { createImportFromPlan } from "@/lib/imports/start-import";
import type { Sport } from "@/lib/plans/sports";
import { thresholdsFromSettings } from "@/lib/trainingpeaks/athlete-thresholds";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/imports: parse the plan again, find the athlete (pasted token or saved connection),
// lay the job and every row down. Nothing is sent yet.
export const POST = route(async (request) => {
  const body = createImportRequestSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await findRequestUser(db, request);
  const client = trainingPeaksClientFor(user ? `user:${user.id}` : "profile");
  const athlete = await credentialForRequest(db, client, request, user);
  const loadThresholds = async (sport: Sport) => thresholdsFromSettings(await client.getAthleteSettings(await athlete.tokens.token(), athlete.athleteId), sport);
  const job = await createImportFromPlan(db, athlete, athlete.credential, {
    csv: body.csv,
    fileName: body.fileName,
    options: { startDate: body.startDate, dateOrder: body.dateOrder, widenPercent: body.widenPercent },
  }, user?.id ?? null, loadThresholds);
  return Response.json(job, { status: 201 });
});
