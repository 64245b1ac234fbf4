import { route } from "@/lib/api";
import { toAccountView } from "@/lib/imports/wire/account-view";
import { importContext } from "@/lib/imports/engine/import-context";

// GET /api/trainingpeaks/account: whose account the pasted token or saved connection is, and a coach's roster.
export const GET = route({ user: "optional" }, async ({ request, db, user }) => {
  const { credential } = await importContext(db, request, user);
  return toAccountView(credential.account);
});
