import { bearerFrom, readJson, route } from "@/lib/api";
import { getDb } from "@/lib/db/client";
import { acceptPastedToken } from "@/lib/imports/pasted-token";
import { createImportRequestSchema } from "@/lib/imports/requests";
import { athleteForToken, createImportFromPlan } from "@/lib/imports/start-import";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/imports: parse the plan again, find the athlete from the token, lay the job down.
export const POST = route(async (request) => {
  const body = createImportRequestSchema.parse(await readJson(request));
  const accepted = acceptPastedToken(bearerFrom(request));
  const athlete = await athleteForToken(trainingPeaksClientFor("profile"), accepted);
  const job = await createImportFromPlan(await getDb(), athlete, "pasted_token", {
    csv: body.csv,
    fileName: body.fileName,
    options: { startDate: body.startDate, dateOrder: body.dateOrder },
  });
  return Response.json(job, { status: 201 });
});
