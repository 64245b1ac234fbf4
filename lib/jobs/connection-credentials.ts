import "server-only";
import type { Db } from "@/lib/db/client";
import { savedConnectionContext } from "@/lib/imports/engine/import-context";
import type { JobCredentials } from "./run-job";

/**
 * A worker's way to TrainingPeaks for a saved-connection job: the owner's connection as it is now
 * (the official OAuth one or a saved cookie, its tokens minted or refreshed as needed) and a
 * calendar paced per TrainingPeaks account, as the web request's is. Throws, in words, when the
 * connection is gone or needs reconnecting.
 */
export async function connectionCredentials(db: Db, userId: string): Promise<JobCredentials> {
  const { credential, client } = await savedConnectionContext(db, userId);
  return { client, tokens: credential.tokens };
}
