import { route } from "@/lib/api";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getImportJobView } from "@/lib/imports/queries";

// GET /api/imports/:id: the job and every row's result. The id is a random UUID known only
// to the browser that created the import.
export const GET = route(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const job = await getImportJobView(await getDb(), id);
  if (!job) throw new AppError("not_found", "This import does not exist.");
  return Response.json(job);
});
