import type { ServerResponse } from "node:http";

// The ways the fake TrainingPeaks can be told to fail, each one a way the real one is known or
// reported to fail (../shared/docs/trainingpeaks-api.md §3.3, §11.2, §13).

export type Faults = {
  /** The next N requests answer 429 with Retry-After. */
  rateLimit?: { count: number; retryAfterSeconds: number };
  /** The next N requests answer 500. */
  serverErrors?: number;
  /** Every Nth request answers 500 (N = 10 is "10 % of calls fail"). */
  serverErrorEvery?: number;
  /** Every request waits this long before answering. */
  delayMs?: number;
  /** Tokens stop working after this many more authorised calls. */
  expireTokensAfter?: number;
  /** The next N DELETE requests answer 500. */
  failDeletes?: number;
  /** The cookie exchange refuses every cookie with 401, as when the TrainingPeaks session has ended. */
  rejectCookies?: boolean;
  /** The cookie exchange refuses every cookie in one of the ways the real one does: 401, 403, 500 or 200 {"success": false}. */
  cookieFailure?: 401 | 403 | 500 | "success_false";
  /** The next `count` requests whose path starts with `pathPrefix` (all when absent), of `method` (any when absent), answer `status`, with Retry-After when given. */
  answerWith?: { status: number; count: number; pathPrefix?: string; method?: string; retryAfterSeconds?: number };
  /** The next N creates are made, and answered, only after this long (past the client's timeout, a create still lands). */
  slowCreates?: { count: number; delayMs: number };
  /** The next N creates store the workout but answer without saying what they made. */
  thinCreates?: { count: number; answer: "no_body" | "no_workout_id" | "no_workout_day" };
};

export type FaultAnswer = { status: number; body: unknown; headers?: Record<string, string> } | null;

/** The fault that answers this request instead of the fake's normal behaviour, if one does; counts it down. */
export function faultFor(faults: Faults, method: string, path: string, requestCount: number): FaultAnswer {
  const { rateLimit, answerWith } = faults;
  if (rateLimit && rateLimit.count > 0) {
    rateLimit.count--;
    return { status: 429, body: { message: "Too many requests" }, headers: { "Retry-After": String(rateLimit.retryAfterSeconds) } };
  }
  if (answerWith && answerWith.count > 0 && path.startsWith(answerWith.pathPrefix ?? "/") && (answerWith.method ?? method) === method) {
    answerWith.count--;
    const headers = answerWith.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(answerWith.retryAfterSeconds) };
    return { status: answerWith.status, body: { message: `Fault: ${answerWith.status}` }, headers };
  }
  if ((faults.serverErrors ?? 0) > 0) {
    faults.serverErrors = (faults.serverErrors ?? 0) - 1;
    return { status: 500, body: { message: "Internal server error" } };
  }
  if (method === "DELETE" && (faults.failDeletes ?? 0) > 0) {
    faults.failDeletes = (faults.failDeletes ?? 0) - 1;
    return { status: 500, body: { message: "Internal server error" } };
  }
  const every = faults.serverErrorEvery;
  if (every && requestCount % every === 0) return { status: 500, body: { message: "Internal server error" } };
  return null;
}

/** How the cookie exchange refuses a cookie it does not know, or every cookie when told to. */
export function cookieRefusal(faults: Faults, known: boolean): FaultAnswer {
  const failure = faults.cookieFailure ?? (faults.rejectCookies || !known ? 401 : null);
  if (failure === null) return null;
  if (failure === "success_false") return { status: 200, body: { success: false, message: "Unable to authenticate." } };
  return { status: failure, body: { message: failure === 500 ? "An error has occurred." : "Unauthorized" } };
}

/** A thin answer to a create that did land, when the fault asks for one; counts it down. */
export function thinCreateAnswer(faults: Faults, stored: Record<string, unknown>): FaultAnswer {
  const thin = faults.thinCreates;
  if (!thin || thin.count <= 0) return null;
  thin.count--;
  if (thin.answer === "no_body") return { status: 204, body: null };
  const { workoutId: _id, workoutDay: _day, ...rest } = stored;
  return {
    status: 200,
    body: thin.answer === "no_workout_id" ? { ...rest, workoutDay: stored.workoutDay } : { ...rest, workoutId: stored.workoutId },
  };
}

export function sendFault(response: ServerResponse, answer: NonNullable<FaultAnswer>) {
  if (answer.body === null) {
    response.writeHead(answer.status, answer.headers).end();
    return;
  }
  response
    .writeHead(answer.status, { "Content-Type": "application/json; charset=utf-8", ...answer.headers })
    .end(JSON.stringify(answer.body));
}
