import "server-only";
import type { z } from "zod";
import { log as logger } from "@/lib/log";
import { TrainingPeaksError } from "../errors";
import { type Pace, Pacer, type Sleep, sleep as realSleep } from "../pacer";
import { retryAfterMs } from "../retry-after";
import {
  type AthleteProfile,
  athleteProfileSchema,
  type CoachProfile,
  coachProfileSchema,
  createAnswerSchema,
  type PartnerWorkout,
  type PartnerWorkoutBody,
  partnerWorkoutBodySchema,
  partnerWorkoutListSchema,
  partnerWorkoutSchema,
  rosterSchema,
} from "./schemas";

// TrainingPeaks' official Partner API (api.trainingpeaks.com, Partner doc §3), one method per
// endpoint, every answer checked with zod. A coach names the athlete in the path; an athlete's
// own calendar has paths without one. Tokens come from the OAuth connection (partner/oauth.ts).

export type PartnerClientConfig = {
  baseUrl: string;
  timeoutMs: number;
  /** Sent as User-Agent (required by TrainingPeaks' review, Partner doc §2.1). */
  userAgent: string;
  pacer?: Pace;
  maxAttempts?: number;
  /** How many 429s in a row a call waits out (pausing every request that shares the pace) before giving up. */
  maxRateLimitWaits?: number;
  maxRetryAfterMs?: number;
  backoffMs?: number;
  sleep?: Sleep;
  log?: (message: string) => void;
};

type RequestOptions<T> = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  token: string;
  body?: unknown;
  schema: z.ZodType<T> | null;
  repeatable: boolean;
};

export type PartnerClient = ReturnType<typeof createPartnerClient>;

export function createPartnerClient(config: PartnerClientConfig) {
  const pacer = config.pacer ?? new Pacer(0);
  const sleep = config.sleep ?? realSleep;
  const maxAttempts = config.maxAttempts ?? 3;
  const backoffMs = config.backoffMs ?? 500;
  const maxRateLimitWaits = config.maxRateLimitWaits ?? 8;
  const maxRetryAfterMs = config.maxRetryAfterMs ?? 60_000;
  const log = config.log ?? ((message: string) => logger.warn(message));
  const athletePath = (athleteId: string | null) => (athleteId ? `/${athleteId}` : "");

  async function request<T>(options: RequestOptions<T>): Promise<T> {
    let rateLimitWaits = 0;
    for (let attempt = 1; ; attempt++) {
      await pacer.turn();
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new DOMException("TrainingPeaks took too long", "TimeoutError")), config.timeoutMs);
      let status: number;
      let text: string;
      let retryAfter: string | null;
      try {
        const response = await fetch(new URL(options.path, config.baseUrl), {
          method: options.method,
          headers: {
            Accept: "application/json",
            "User-Agent": config.userAgent,
            Authorization: `Bearer ${options.token}`,
            ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: abort.signal,
          redirect: "manual",
        });
        status = response.status;
        retryAfter = response.headers.get("retry-after");
        text = await response.text();
      } catch (error) {
        log(`TrainingPeaks Partner ${options.method} ${options.path} failed: ${error instanceof Error ? error.name : "error"}`);
        if (options.repeatable && attempt < maxAttempts) {
          await sleep(backoffMs * 2 ** (attempt - 1));
          continue;
        }
        throw new TrainingPeaksError("unavailable", { outcomeUnknown: !options.repeatable });
      } finally {
        clearTimeout(timer);
      }
      // No 429 is documented for the Partner API (Partner doc §8); if one comes, it is waited out
      // like the web API's: the shared pace pauses for its Retry-After, and the same call is made
      // again (a create refused with 429 was not made).
      if (status === 429 && rateLimitWaits < maxRateLimitWaits) {
        rateLimitWaits++;
        attempt--;
        await pacer.pauseFor(Math.min(retryAfterMs(retryAfter), maxRetryAfterMs));
        continue;
      }
      if (status >= 500 && options.repeatable && attempt < maxAttempts) {
        await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (status < 200 || status >= 300) throw errorFor(status, text, options);
      if (!options.schema) return null as T;
      const parsed = options.schema.safeParse(parseJson(text));
      if (!parsed.success) {
        log(`TrainingPeaks Partner ${options.method} ${options.path} answered ${status} with an unexpected shape`);
        throw new TrainingPeaksError("bad_response", { status, outcomeUnknown: !options.repeatable });
      }
      return parsed.data;
    }
  }

  function errorFor(status: number, detail: string, options: RequestOptions<unknown>): TrainingPeaksError {
    log(`TrainingPeaks Partner ${options.method} ${options.path} answered ${status}`);
    if (status === 401) return new TrainingPeaksError("unauthorized", { status });
    if (status === 403) return new TrainingPeaksError("forbidden", { status, detail });
    if (status === 404) return new TrainingPeaksError("not_found", { status });
    if (status === 429) return new TrainingPeaksError("rate_limited", { status });
    if (status === 408 || status >= 500) return new TrainingPeaksError("unavailable", { status, outcomeUnknown: !options.repeatable });
    if (status >= 300 && status < 400) return new TrainingPeaksError("unavailable", { status }); // HTTP → HTTPS redirect: a misconfigured URL
    return new TrainingPeaksError("rejected", { status, detail });
  }

  return {
    // GET /v1/athlete/profile: the athlete's id (AthleteId of writes), Premium flag and time zone.
    getAthleteProfile(token: string): Promise<AthleteProfile> {
      return request({ method: "GET", path: "/v1/athlete/profile", token, schema: athleteProfileSchema, repeatable: true });
    },

    // GET /v1/coach/profile: the coach's id and name.
    getCoachProfile(token: string): Promise<CoachProfile> {
      return request({ method: "GET", path: "/v1/coach/profile", token, schema: coachProfileSchema, repeatable: true });
    },

    // GET /v1/coach/athletes: the coach's roster.
    getCoachAthletes(token: string): Promise<AthleteProfile[]> {
      return request({ method: "GET", path: "/v1/coach/athletes", token, schema: rosterSchema, repeatable: true });
    },

    // POST /v2/workouts/plan: the athlete is named in the body only. The answer is undocumented:
    // the new Id when it says, else null (the caller finds the workout on the calendar).
    async createWorkout(token: string, body: PartnerWorkoutBody): Promise<string | null> {
      const answer = await request({
        method: "POST",
        path: "/v2/workouts/plan",
        token,
        body: partnerWorkoutBodySchema.parse(body),
        schema: createAnswerSchema,
        repeatable: false,
      });
      return answer && typeof answer === "object" && "Id" in answer && typeof answer.Id === "string" ? answer.Id : null;
    },

    // PUT /v2/workouts/plan/{id}: the whole object (absent fields become null), Structure included.
    // The same PUT twice gives the same workout, so it is repeated after a 5xx or a timeout.
    async updateWorkout(token: string, workoutId: string, body: PartnerWorkoutBody): Promise<void> {
      const checked = partnerWorkoutBodySchema.parse({ ...body, Id: Number(workoutId) });
      await request({ method: "PUT", path: `/v2/workouts/plan/${workoutId}`, token, body: checked, schema: null, repeatable: true });
    },

    // DELETE /v2/workouts/id/{id} (own calendar) or /v2/workouts/{athleteId}/id/{id} (coach): 200 `true`.
    async deleteWorkout(token: string, athleteId: string | null, workoutId: string): Promise<"deleted" | "already_gone"> {
      try {
        await request({
          method: "DELETE",
          path: `/v2/workouts${athletePath(athleteId)}/id/${workoutId}`,
          token,
          schema: null,
          repeatable: true,
        });
        return "deleted";
      } catch (error) {
        if (error instanceof TrainingPeaksError && error.kind === "not_found") return "already_gone";
        throw error;
      }
    },

    // GET /v2/workouts[/{athleteId}]/id/{id}: one workout (Structure comes back empty).
    getWorkout(token: string, athleteId: string | null, workoutId: string): Promise<PartnerWorkout> {
      return request({
        method: "GET",
        path: `/v2/workouts${athletePath(athleteId)}/id/${workoutId}`,
        token,
        schema: partnerWorkoutSchema,
        repeatable: true,
      });
    },

    // GET /v2/workouts[/{athleteId}]/{start}/{end}: planned and completed, at most 45 days a call.
    listWorkouts(token: string, athleteId: string | null, start: string, end: string): Promise<PartnerWorkout[]> {
      return request({
        method: "GET",
        path: `/v2/workouts${athletePath(athleteId)}/${start}/${end}`,
        token,
        schema: partnerWorkoutListSchema,
        repeatable: true,
      });
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
