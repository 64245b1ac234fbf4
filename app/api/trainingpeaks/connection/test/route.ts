import { route } from "@/lib/api";
import { requireRequestUser } from "@/lib/auth/current-user";
import { getConnectionView, testConnection } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/trainingpeaks/connection/test: mint a fresh token from the saved cookie and read the profile.
export const POST = route(async (request) => {
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  try {
    return Response.json({ connection: await testConnection(db, trainingPeaksClientFor(`user:${user.id}`), user.id) });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "needs_reconnecting")) throw error;
    return Response.json({ connection: await getConnectionView(db, user.id), problem: error.userMessage });
  }
});
