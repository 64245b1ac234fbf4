import { z } from "zod";
import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import { getJobProgress } from "@/lib/imports/data/job-views";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";

const progressQuerySchema = z.object({
  since: z.iso.datetime({ error: "The progress cursor is not a time PlanDrop gave out." }).optional(),
});

// GET /api/imports/:id/progress?since=<cursor>: the job, its counts and the rows changed since
// the cursor of the page's last look, with the next cursor. The page following a running job
// asks about once a second; the same ownership rule as GET /api/imports/:id.
export const GET = route(
  { params: importIdParamsSchema, query: progressQuerySchema, user: "optional" },
  async ({ request, db, params, query, user }) => {
    const job = await jobForRequest(db, params.id, user, request);
    return getJobProgress(db, job.id, query.since ? new Date(query.since) : null);
  },
);
