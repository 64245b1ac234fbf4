import { route } from "@/lib/api";
import { jobForRequest } from "@/lib/imports/data/import-access";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { getImportJobView } from "@/lib/imports/data/job-views";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";
import { resultsCsv } from "@/lib/imports/export/results-csv";

// GET /api/imports/:id/results.csv: every row's result, as a download.
export const GET = route({ params: importIdParamsSchema, user: "optional" }, async ({ request, db, params, user }) => {
  const job = await jobForRequest(db, params.id, user, request);
  const view = (await getImportJobView(db, job.id)) as ImportJobView;
  const name = view.fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "import";
  return new Response(`\uFEFF${resultsCsv(view)}`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-results.csv"` },
  });
});
