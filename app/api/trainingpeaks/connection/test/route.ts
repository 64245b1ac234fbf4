import { route } from "@/lib/api";
import { getConnectionView, testConnection } from "@/lib/connections/connections";
import { AppError } from "@/lib/errors";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/trainingpeaks/connection/test: mint a fresh token from the saved cookie and read the profile.
export const POST = route({ user: "required" }, async ({ db, user }) => {
  try {
    return { connection: await testConnection(db, trainingPeaksClientFor(`user:${user.id}`), user.id) };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "needs_reconnecting")) throw error;
    return { connection: await getConnectionView(db, user.id), problem: error.userMessage };
  }
});
