import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { jobForRequest } from "@/lib/imports/import-access";
import type { ImportJobView } from "@/lib/imports/import-view";
import { getImportJobView } from "@/lib/imports/queries";
import { resultsCsv } from "@/lib/imports/results-csv";

// GET /api/imports/:id/results.csv: every row's result, as a download.
export const GET = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const job = await jobForRequest(db, id, await findRequestUser(db, request), request);
  const view = (await getImportJobView(db, job.id)) as ImportJobView;
  const name = view.fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "import";
  return new Response(`\uFEFF${resultsCsv(view)}`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-results.csv"` },
  });
});
