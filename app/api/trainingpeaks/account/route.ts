import { route } from "@/lib/api";
import { findRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { importContext } from "@/lib/imports/import-setup";
import { toAccountView } from "@/lib/imports/account-view";

// GET /api/trainingpeaks/account: whose account the pasted token or saved connection is, and a coach's roster.
export const GET = route(async (request) => {
  const db = await getDb();
  const { credential } = await importContext(db, request, await findRequestUser(db, request));
  return Response.json(toAccountView(credential.account));
});
