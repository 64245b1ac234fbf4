import "server-only";
import type { z } from "zod";
import { log } from "@/lib/log";
import { isWorkoutGone, TrainingPeaksError } from "./errors";
import { type Pace, Pacer, type Sleep, sleep as realSleep } from "./pacer";
import { retryAfterMs } from "./retry-after";
import {
  type AthleteSettings,
  athleteSettingsSchema,
  type TrainingPeaksWorkout,
  tokenResponseSchema,
  type UserResponse,
  userResponseSchema,
  type WorkoutDetail,
  workoutDetailSchema,
  type WorkoutPayload,
  workoutListSchema,
  workoutPayloadSchema,
  workoutSchema,
} from "./schemas";

export type TrainingPeaksClientConfig = {
  baseUrl: string;
  timeoutMs: number;
  pacer?: Pace;
  /** Attempts for calls that are safe to repeat (reads, deletes) after a 5xx or a timeout. */
  maxAttempts?: number;
  /** How many 429s in a row a call waits out before giving up. */
  maxRateLimitWaits?: number;
  backoffMs?: number;
  maxRetryAfterMs?: number;
  sleep?: Sleep;
  log?: (message: string) => void;
};

type RequestOptions<T> = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  auth: { token: string } | { cookie: string };
  body?: unknown;
  schema: z.ZodType<T> | null;
  /** A create is not repeated blindly: a timeout or 5xx may have created it (outcomeUnknown). */
  repeatable: boolean;
};

export type TrainingPeaksClient = ReturnType<typeof createTrainingPeaksClient>;

/** The TrainingPeaks web API, one method per endpoint, every answer checked with zod. */
export function createTrainingPeaksClient(config: TrainingPeaksClientConfig) {
  const pacer = config.pacer ?? new Pacer(0);
  const sleep = config.sleep ?? realSleep;
  const maxAttempts = config.maxAttempts ?? 3;
  const maxRateLimitWaits = config.maxRateLimitWaits ?? 8;
  const backoffMs = config.backoffMs ?? 500;
  const maxRetryAfterMs = config.maxRetryAfterMs ?? 60_000;
  const warn = config.log ?? ((message: string) => log.warn(message));

  async function request<T>(options: RequestOptions<T>): Promise<T> {
    let failures = 0;
    let rateLimitWaits = 0;
    for (;;) {
      await pacer.turn();
      let response: Answer;
      // A timer we clear ourselves: AbortSignal.timeout would keep every finished request's
      // memory alive until its timeout fired, which on a long import is hundreds of megabytes.
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new DOMException("TrainingPeaks took too long", "TimeoutError")), config.timeoutMs);
      try {
        response = await readWithin(
          await fetch(new URL(options.path, config.baseUrl), {
            method: options.method,
            headers: headersFor(options),
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
            signal: abort.signal,
            redirect: "manual",
          }),
        );
      } catch (error) {
        failures++;
        warn(`TrainingPeaks ${options.method} ${options.path} failed: ${error instanceof Error ? error.name : "error"}`);
        if (options.repeatable && failures < maxAttempts) {
          await sleep(backoff(backoffMs, failures));
          continue;
        }
        throw new TrainingPeaksError("unavailable", { outcomeUnknown: !options.repeatable });
      } finally {
        clearTimeout(timer);
      }

      if (response.status === 429 && rateLimitWaits < maxRateLimitWaits) {
        rateLimitWaits++;
        await pacer.pauseFor(Math.min(retryAfterMs(response.headers.get("retry-after")), maxRetryAfterMs));
        continue;
      }
      // The cookie exchange answers 500 for a dead or cut-short cookie too: one more try, then it is the cookie.
      if ("cookie" in options.auth && response.status === 500) {
        if (++failures < 2) {
          await sleep(backoff(backoffMs, failures));
          continue;
        }
        throw errorFor(response, options);
      }
      if (isTransient(response.status) && options.repeatable && ++failures < maxAttempts) {
        await sleep(backoff(backoffMs, failures));
        continue;
      }
      if (!response.ok) throw errorFor(response, options);
      if (!options.schema) return null as T;

      const body = parseJson(response.text);
      const parsed = options.schema.safeParse(body);
      if (!parsed.success) {
        warn(
          `TrainingPeaks ${options.method} ${options.path} answered ${response.status} with an unexpected shape: ${parsed.error.issues[0]?.message ?? "no body"}`,
        );
        // Only {"success": true} with a token is a live cookie; a 200 {"success": false} is a dead one (API doc §3.3).
        if ("cookie" in options.auth) throw new TrainingPeaksError("cookie_rejected", { status: response.status });
        // A create TrainingPeaks took without saying what it made may well exist: look before sending again.
        throw new TrainingPeaksError("bad_response", { status: response.status, outcomeUnknown: !options.repeatable });
      }
      return parsed.data;
    }
  }

  function errorFor(response: Answer, options: RequestOptions<unknown>): TrainingPeaksError {
    const detail = response.text;
    const status = response.status;
    const isExchange = "cookie" in options.auth;
    warn(`TrainingPeaks ${options.method} ${options.path} answered ${status}`);
    // The exchange refuses a dead cookie with 401, 403, 500 or a redirect to sign-in (API doc §3.3).
    if (isExchange && (status === 500 || (status < 500 && status !== 429 && status !== 408)))
      return new TrainingPeaksError("cookie_rejected", { status });
    if (status === 401) return new TrainingPeaksError("unauthorized", { status });
    if (status === 402) return new TrainingPeaksError("premium_required", { status });
    if (status === 403) return new TrainingPeaksError("forbidden", { status });
    if (status === 404) return new TrainingPeaksError("not_found", { status });
    if (status === 429) return new TrainingPeaksError("rate_limited", { status });
    if (isTransient(status)) return new TrainingPeaksError("unavailable", { status, outcomeUnknown: !options.repeatable });
    if (status >= 300 && status < 400) return new TrainingPeaksError("unauthorized", { status });
    return new TrainingPeaksError("rejected", { status, detail });
  }

  return {
    // GET /users/v3/token: the saved session cookie → a short-lived access token.
    async exchangeCookie(cookie: string): Promise<{ accessToken: string; expiresAt: Date }> {
      const answer = await request({
        method: "GET",
        path: "/users/v3/token",
        auth: { cookie },
        schema: tokenResponseSchema,
        repeatable: true,
      });
      const expiresAt = answer.token.expires
        ? new Date(answer.token.expires)
        : new Date(Date.now() + (answer.token.expires_in ?? 3600) * 1000);
      return {
        accessToken: answer.token.access_token,
        expiresAt: Number.isNaN(expiresAt.getTime()) ? new Date(Date.now() + 3600_000) : expiresAt,
      };
    },

    // GET /users/v3/user: who the token belongs to, the Premium flag and a coach's roster.
    getUser(token: string): Promise<UserResponse> {
      return request({ method: "GET", path: "/users/v3/user", auth: { token }, schema: userResponseSchema, repeatable: true });
    },

    // POST /fitness/v6/athletes/{athleteId}/workouts. Our own body is checked too: TrainingPeaks
    // silently drops fields it does not know, so a mistake would never come back as an error.
    createWorkout(token: string, athleteId: string, payload: WorkoutPayload): Promise<TrainingPeaksWorkout> {
      workoutPayloadSchema.parse(payload);
      const body = payload.structure ? { ...payload, structure: JSON.stringify(payload.structure) } : payload;
      return request({
        method: "POST",
        path: `/fitness/v6/athletes/${athleteId}/workouts`,
        auth: { token },
        body,
        schema: workoutSchema,
        repeatable: false,
      });
    },

    // GET /fitness/v6/athletes/{athleteId}/workouts/{start}/{end}, both ends inclusive.
    listWorkouts(token: string, athleteId: string, start: string, end: string): Promise<TrainingPeaksWorkout[]> {
      return request({
        method: "GET",
        path: `/fitness/v6/athletes/${athleteId}/workouts/${start}/${end}`,
        auth: { token },
        schema: workoutListSchema,
        repeatable: true,
      });
    },

    // GET /fitness/v6/athletes/{athleteId}/workouts/{workoutId}: one workout, every key as it came.
    getWorkout(token: string, athleteId: string, workoutId: string): Promise<WorkoutDetail> {
      return request({
        method: "GET",
        path: `/fitness/v6/athletes/${athleteId}/workouts/${workoutId}`,
        auth: { token },
        schema: workoutDetailSchema,
        repeatable: true,
      });
    },

    // PUT /fitness/v6/athletes/{athleteId}/workouts/{workoutId}: TrainingPeaks wants the full object,
    // so `workout` is what getWorkout read with our fields merged in (mergePlannedFields). A PUT of
    // the same object twice gives the same workout, so it is repeated after a 5xx or a timeout.
    async updateWorkout(token: string, athleteId: string, workoutId: string, workout: WorkoutDetail): Promise<void> {
      const body = workoutDetailSchema.parse(workout);
      if (String(body.workoutId) !== workoutId) throw new Error(`updateWorkout: the object is workout ${body.workoutId}, not ${workoutId}`);
      await request({
        method: "PUT",
        path: `/fitness/v6/athletes/${athleteId}/workouts/${workoutId}`,
        auth: { token },
        body,
        schema: workoutDetailSchema.optional(),
        repeatable: true,
      });
    },

    // GET /fitness/v1/athletes/{athleteId}/settings: zones and thresholds.
    getAthleteSettings(token: string, athleteId: string): Promise<AthleteSettings> {
      return request({
        method: "GET",
        path: `/fitness/v1/athletes/${athleteId}/settings`,
        auth: { token },
        schema: athleteSettingsSchema,
        repeatable: true,
      });
    },

    // DELETE /fitness/v6/athletes/{athleteId}/workouts/{workoutId}: any 2xx (200 with a body, 204) is
    // done; 400 "Invalid workoutId (…)" and 404 mean it is already gone. A 403 is left to the caller,
    // who may try a fresh token first.
    async deleteWorkout(token: string, athleteId: string, workoutId: string): Promise<"deleted" | "already_gone"> {
      try {
        await request({
          method: "DELETE",
          path: `/fitness/v6/athletes/${athleteId}/workouts/${workoutId}`,
          auth: { token },
          schema: null,
          repeatable: true,
        });
        return "deleted";
      } catch (error) {
        if (isWorkoutGone(error)) return "already_gone";
        throw error;
      }
    },
  };
}

/** An answer read in full, once, while the request's time limit still runs: a stalled body times out too. */
type Answer = { status: number; ok: boolean; headers: Headers; text: string };

async function readWithin(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, ok: response.ok, headers: response.headers, text };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headersFor(options: RequestOptions<unknown>): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", "User-Agent": "PlanDrop (training plan importer)" };
  if ("token" in options.auth) headers.Authorization = `Bearer ${options.auth.token}`;
  else headers.Cookie = `Production_tpAuth=${options.auth.cookie}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  return headers;
}

/** Answers that say "not now" rather than "no": 408 and 5xx. */
function isTransient(status: number): boolean {
  return status === 408 || status >= 500;
}

function backoff(baseMs: number, failures: number): number {
  return baseMs * 2 ** (failures - 1) + Math.random() * baseMs;
}
