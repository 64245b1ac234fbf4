import { route } from "@/lib/api";
import { saveConnectionRequestSchema } from "@/lib/connections/connection-view";
import { getConnectionView, saveConnection, unlinkConnection } from "@/lib/connections/connections";
import { unlinkPartnerConnection } from "@/lib/connections/partner-connections";
import { partnerDepsFor } from "@/lib/connections/partner-deps";
import { siteOrigin } from "@/lib/same-origin";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// GET /api/trainingpeaks/connection: the signed-in user's connection, without any secret.
export const GET = route({ user: "required" }, async ({ db, user }) => {
  return { connection: await getConnectionView(db, user.id) };
});

// PUT /api/trainingpeaks/connection: prove a pasted Production_tpAuth cookie, then save it encrypted.
export const PUT = route({ body: saveConnectionRequestSchema, user: "required" }, async ({ db, body, user }) => {
  return saveConnection(db, trainingPeaksClientFor(`user:${user.id}`), user.id, body.cookie);
});

// DELETE /api/trainingpeaks/connection: unlink: TrainingPeaks' deauthorize for an OAuth connection,
// then delete the cookie, both tokens and every cached token.
export const DELETE = route({ user: "required" }, async ({ request, db, user }) => {
  await unlinkPartnerConnection(db, partnerDepsFor(user.id, siteOrigin(request))?.config ?? null, user.id);
  await unlinkConnection(db, user.id);
  return { connection: null };
});
