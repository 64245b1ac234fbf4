import "server-only";
import { getEnv } from "@/lib/env";
import type { ImportPace } from "@/lib/imports/wire/time-left";

/** The sending pace the server keeps, as the page needs it for its time estimate. */
export function importPace(): ImportPace {
  const env = getEnv();
  return { minIntervalMs: env.IMPORT_MIN_INTERVAL_MS, concurrency: env.IMPORT_CONCURRENCY };
}
