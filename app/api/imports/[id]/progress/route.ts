import { z } from "zod";
import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getJobProgress } from "@/lib/imports/data/queries";

const sinceSchema = z.iso.datetime().nullable();

// GET /api/imports/:id/progress?since=<cursor>: the job, its counts and the rows changed since
// the cursor of the page's last look, with the next cursor. The page following a running job
// asks about once a second; the same ownership rule as GET /api/imports/:id.
export const GET = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const since = sinceSchema.safeParse(new URL(request.url).searchParams.get("since"));
  if (!since.success) throw new AppError("bad_request", "The progress cursor is not a time PlanDrop gave out.");
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  return Response.json(await getJobProgress(db, job.id, since.data ? new Date(since.data) : null));
});
