import { connectionTokenSource } from "@/lib/connections/connection-token-source";
import { getConnection } from "@/lib/connections/connections";
import type { Db } from "@/lib/db/client";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";
import { webCalendar } from "@/lib/trainingpeaks/web-calendar";
import type { JobCredentials } from "./run-job";

/**
 * A worker's way to TrainingPeaks for a saved-connection job: the owner's connection (tokens
 * minted from its cookie) and a client paced per TrainingPeaks account, as the web request's is.
 * Null when the owner has unlinked it since.
 */
export async function connectionCredentials(db: Db, userId: string): Promise<JobCredentials | null> {
  const connection = await getConnection(db, userId);
  if (!connection) return null;
  const client = trainingPeaksClientFor(`tp:${connection.tpUserId}`);
  return { client: webCalendar(client), tokens: connectionTokenSource(db, client, userId) };
}
