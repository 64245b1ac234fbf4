import "server-only";
import { getEnv } from "@/lib/env";
import { createTrainingPeaksClient, type TrainingPeaksClient } from "./client";
import { pacerFor } from "./pacers";

/** A client for the configured TrainingPeaks, paced per account key (an athlete id or a token). */
export function trainingPeaksClientFor(accountKey: string): TrainingPeaksClient {
  const env = getEnv();
  return createTrainingPeaksClient({
    baseUrl: env.TRAININGPEAKS_API_URL,
    timeoutMs: env.TRAININGPEAKS_TIMEOUT_MS,
    pacer: pacerFor(accountKey, env.IMPORT_MIN_INTERVAL_MS),
  });
}
