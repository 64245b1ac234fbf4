import { route } from "@/lib/api";
import { claimImport } from "@/lib/imports/data/claim-import";
import { importIdParamsSchema } from "@/lib/imports/wire/requests";

// POST /api/imports/:id/claim: an import made in this browser without an account joins the
// signed-in user's Imports (the request must carry the job's access key).
export const POST = route({ params: importIdParamsSchema, user: "required" }, async ({ request, db, params, user }) => {
  return claimImport(db, params.id, user.id, request);
});
