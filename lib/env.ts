import { z } from "zod";

// The server's configuration, read once and checked with zod. Empty strings count as unset.
// Every variable is listed, with a comment, in .env.example.

const emptyAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const number = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyAsUnset, z.coerce.number().int().min(min).max(max).default(fallback));

/** LOG_LEVEL; the logger reads it on its own, when it is made, before the rest of the configuration is read. */
export const logLevelSchema = z.preprocess(
  emptyAsUnset,
  z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
);

const envSchema = z.object({
  TRAININGPEAKS_API_URL: z.preprocess(emptyAsUnset, z.url().default("https://tpapi.trainingpeaks.com")),
  TRAININGPEAKS_TIMEOUT_MS: number(30_000, 1_000, 120_000),
  IMPORT_CONCURRENCY: number(4, 1, 8),
  IMPORT_MIN_INTERVAL_MS: number(150, 0, 10_000),
  IMPORT_RETRY_DELAY_MS: number(1_000, 0, 60_000),
  /** How long a run's claim on its job lasts unless renewed: a worker that died frees its jobs after this. */
  JOB_LEASE_MS: number(30_000, 2_000, 600_000),
  /** Where jobs are dispatched: pg-boss (the default on PostgreSQL) or this process (the default, and the only choice, on SQLite). */
  JOB_QUEUE: z.preprocess(emptyAsUnset, z.enum(["pg-boss", "in-process"]).optional()),
  /** Whether the web server also runs workers (on SQLite it always does: one machine, one process). */
  WEB_RUNS_WORKERS: z.preprocess(emptyAsUnset, z.enum(["true", "false"]).default("true")),
  /** How many imports one worker process sends at once (each at its account's pace). */
  WORKER_IMPORTS: number(10, 1, 100),
  /** How many proxies in front of PlanDrop append to X-Forwarded-For; 0 trusts none of its entries. */
  TRUSTED_PROXIES: number(0, 0, 10),
  /** How many accounts one client address may make in an hour. */
  SIGN_UPS_PER_HOUR: number(10, 1, 10_000),
  /** TrainingPeaks Partner API (OAuth): "Connect with TrainingPeaks" is offered when both are set. */
  TRAININGPEAKS_CLIENT_ID: z.preprocess(emptyAsUnset, z.string().optional()),
  TRAININGPEAKS_CLIENT_SECRET: z.preprocess(emptyAsUnset, z.string().optional()),
  TRAININGPEAKS_OAUTH_URL: z.preprocess(emptyAsUnset, z.url().default("https://oauth.trainingpeaks.com")),
  TRAININGPEAKS_PARTNER_API_URL: z.preprocess(emptyAsUnset, z.url().default("https://api.trainingpeaks.com")),
  /** Send a PKCE challenge with the authorization (undocumented by TrainingPeaks: off unless the sandbox takes it). */
  TRAININGPEAKS_OAUTH_PKCE: z.preprocess(emptyAsUnset, z.enum(["true", "false"]).default("false")).transform((value) => value === "true"),
  /** IntensityTarget percentages as whole numbers (105, the wiki) or fractions (1.05). */
  TRAININGPEAKS_PARTNER_PERCENT_SCALE: z.preprocess(emptyAsUnset, z.enum(["whole", "fraction"]).default("whole")),
  /** Pace targets as a percentage of threshold speed (default) or of threshold pace. */
  TRAININGPEAKS_PARTNER_PACE_AS: z.preprocess(emptyAsUnset, z.enum(["speed", "pace"]).default("speed")),
  /** The public address of the app (scheme and host); state changes must come from it. */
  APP_URL: z.preprocess(emptyAsUnset, z.url().optional()),
  /** How much the server logs (lib/log.ts). */
  LOG_LEVEL: logLevelSchema,
});
export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`PlanDrop's configuration is not valid: ${problems}. See .env.example.`);
  }
  cached = parsed.data;
  return cached;
}
