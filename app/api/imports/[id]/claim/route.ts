import { route } from "@/lib/api";
import { requireRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { claimImport } from "@/lib/imports/claim-import";

// POST /api/imports/:id/claim: an import made in this browser without an account joins the
// signed-in user's Imports (the request must carry the job's access key).
export const POST = route(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  return Response.json(await claimImport(db, id, user.id, request));
});
