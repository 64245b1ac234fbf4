import { route } from "@/lib/api";
import { toAccountView } from "@/lib/imports/account-view";
import { importContext } from "@/lib/imports/import-setup";

// GET /api/trainingpeaks/account: whose account the pasted token or saved connection is, and a coach's roster.
export const GET = route({ user: "optional" }, async ({ request, db, user }) => {
  const { credential } = await importContext(db, request, user);
  return toAccountView(credential.account);
});
