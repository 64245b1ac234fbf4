import { readJson, route } from "@/lib/api";
import { requireRequestUser } from "@/lib/auth/current-user";
import { saveConnectionRequestSchema } from "@/lib/connections/connection-view";
import { getConnectionView, saveConnection, unlinkConnection } from "@/lib/connections/connections";
import { unlinkPartnerConnection } from "@/lib/connections/partner-connections";
import { partnerDepsFor } from "@/lib/connections/partner-deps";
import { getDb } from "@/lib/db/client";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// GET /api/trainingpeaks/connection: the signed-in user's connection, without any secret.
export const GET = route(async (request) => {
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  return Response.json({ connection: await getConnectionView(db, user.id) });
});

// PUT /api/trainingpeaks/connection: prove a pasted Production_tpAuth cookie, then save it encrypted.
export const PUT = route(async (request) => {
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  const { cookie } = saveConnectionRequestSchema.parse(await readJson(request));
  return Response.json(await saveConnection(db, trainingPeaksClientFor(`user:${user.id}`), user.id, cookie));
});

// DELETE /api/trainingpeaks/connection: unlink: TrainingPeaks' deauthorize for an OAuth connection,
// then delete the cookie, both tokens and every cached token.
export const DELETE = route(async (request) => {
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  await unlinkPartnerConnection(db, partnerDepsFor(user.id, new URL(request.url).origin)?.config ?? null, user.id);
  await unlinkConnection(db, user.id);
  return Response.json({ connection: null });
});
