import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { SignJWT } from "jose";
import { cookieRefusal, type Faults, faultFor, sendFault, thinCreateAnswer } from "./faults";
import { checkWorkoutBody } from "./request-checks";
import { athleteSettings, type FakeAthlete, type FakeUser, FAKE_USERS, userProfile, WORKOUT_TYPES } from "./trainingpeaks-fixtures";

// A local TrainingPeaks for tests and the demo, as strict as ../shared/docs/trainingpeaks-api.md
// says the real one is. Test-only routes under /__fake/ read its state and switch faults on.

export type { Faults } from "./faults";

type Session = { user: FakeUser; expiresAt: number };
export type FakeRequest = { method: string; path: string; at: number };
type StoredWorkout = Record<string, unknown> & { workoutId: number; athleteId: number; workoutDay: string };

const WORKOUT_KEYS = [
  "workoutId",
  "athleteId",
  "title",
  "workoutTypeValueId",
  "code",
  "workoutDay",
  "startTime",
  "startTimePlanned",
  "isItAnOr",
  "isHidden",
  "completed",
  "description",
  "userTags",
  "coachComments",
  "workoutComments",
  "newComment",
  "publicSettingValue",
  "sharedWorkoutInformationKey",
  "sharedWorkoutInformationExpireKey",
  "distance",
  "distancePlanned",
  "distanceCustomized",
  "distanceUnitsCustomized",
  "totalTime",
  "totalTimePlanned",
  "heartRateMinimum",
  "heartRateMaximum",
  "heartRateAverage",
  "calories",
  "caloriesPlanned",
  "tssActual",
  "tssPlanned",
  "tssSource",
  "if",
  "ifPlanned",
  "velocityAverage",
  "velocityPlanned",
  "velocityMaximum",
  "normalizedSpeedActual",
  "normalizedPowerActual",
  "powerAverage",
  "powerMaximum",
  "energy",
  "energyPlanned",
  "elevationGain",
  "elevationGainPlanned",
  "elevationLoss",
  "elevationMinimum",
  "elevationAverage",
  "elevationMaximum",
  "torqueAverage",
  "torqueMaximum",
  "tempMin",
  "tempAvg",
  "tempMax",
  "cadenceAverage",
  "cadenceMaximum",
  "lastModifiedDate",
  "equipmentBikeId",
  "equipmentShoeId",
  "isLocked",
  "complianceDurationPercent",
  "complianceDistancePercent",
  "complianceTssPercent",
  "rpe",
  "feeling",
  "structure",
  "orderOnDay",
  "personalRecordCount",
  "syncedTo",
  "poolLengthOptionId",
];

export type FakeTrainingPeaks = {
  url: string;
  workouts(): StoredWorkout[];
  /** Every request TrainingPeaks would have seen, with when it arrived (ms since the epoch). */
  requests(): FakeRequest[];
  setFaults(faults: Faults): void;
  /** The athlete does a workout: it gets actuals, as after a device upload. */
  completeWorkout(workoutId: number): void;
  expireTokens(): void;
  /** Deletes a workout as the athlete would in TrainingPeaks itself. */
  removeWorkout(workoutId: string | number): void;
  reset(): void;
  credentials(): Promise<FakeCredentials>;
  close(): Promise<void>;
};
export type FakeCredentials = Awaited<ReturnType<ReturnType<typeof createState>["credentials"]>>;

function createState(baseLatencyMs: number) {
  const jwtKey = randomBytes(32);
  const sessions = new Map<string, Session>();
  let workouts = new Map<number, StoredWorkout>();
  let requests: FakeRequest[] = [];
  let faults: Faults = {};
  let nextWorkoutId = 3_000_000_001;

  async function jwtFor(user: FakeUser, secondsLeft: number) {
    const claims: Record<string, unknown> = { sub: String(user.athleteId), name: `${user.firstName} ${user.lastName}` };
    if (user.jwtHasAthleteClaim) claims.athlete_id = user.athleteId;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + secondsLeft)
      .sign(jwtKey);
    sessions.set(token, { user, expiresAt: Date.now() + secondsLeft * 1000 });
    return token;
  }

  function opaqueFor(user: FakeUser) {
    const token = `gAAAAB${randomBytes(48).toString("base64url")}`;
    sessions.set(token, { user, expiresAt: Date.now() + 3600_000 });
    return token;
  }

  return {
    baseLatencyMs,
    sessions,
    jwtFor,
    opaqueFor,
    get workouts() {
      return workouts;
    },
    get requests() {
      return requests;
    },
    get faults() {
      return faults;
    },
    set faults(next: Faults) {
      faults = next;
    },
    nextId: () => nextWorkoutId++,
    reset() {
      workouts = new Map();
      requests = [];
      faults = {};
    },
    completeWorkout(workoutId: number) {
      const workout = workouts.get(workoutId);
      if (!workout) throw new Error(`no workout ${workoutId}`);
      Object.assign(workout, { completed: true, totalTime: workout.totalTimePlanned ?? 1, tssActual: workout.tssPlanned ?? 50 });
    },
    /** Every token issued so far expires now; tokens minted later work. */
    expireTokens() {
      for (const session of sessions.values()) session.expiresAt = 0;
    },
    async credentials() {
      const users = await Promise.all(
        FAKE_USERS.map(async (user) => ({
          key: user.key,
          name: `${user.firstName} ${user.lastName}`,
          athleteId: user.athleteId,
          cookie: user.cookie,
          jwt: await jwtFor(user, 3600),
          opaqueToken: opaqueFor(user),
        })),
      );
      const expiredJwt = await jwtFor(FAKE_USERS[0] as FakeUser, -60);
      return { users, expiredJwt };
    },
  };
}
type State = ReturnType<typeof createState>;

export async function startFakeTrainingPeaks(
  options: { port?: number; host?: string; latencyMs?: number } = {},
): Promise<FakeTrainingPeaks> {
  const state = createState(options.latencyMs ?? 0);
  const server: Server = createServer((request, response) => {
    handle(state, request, response).catch((error: unknown) => {
      send(response, 500, { message: error instanceof Error ? error.message : "fake failed" });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    workouts: () => [...state.workouts.values()],
    requests: () => [...state.requests],
    setFaults: (faults) => {
      state.faults = faults;
    },
    completeWorkout: (workoutId) => state.completeWorkout(workoutId),
    expireTokens: () => state.expireTokens(),
    removeWorkout: (workoutId) => {
      state.workouts.delete(Number(workoutId));
    },
    reset: () => state.reset(),
    credentials: () => state.credentials(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(state: State, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://fake");
  const path = url.pathname;
  const body = await readBody(request);
  if (path.startsWith("/__fake/")) return handleControl(state, request.method ?? "GET", path, body, response);

  state.requests.push({ method: request.method ?? "GET", path, at: Date.now() });
  const delay = (state.faults.delayMs ?? 0) + state.baseLatencyMs;
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  const fault = faultFor(state.faults, request.method ?? "GET", path, state.requests.length);
  if (fault) return sendFault(response, fault);

  if (path === "/users/v3/token" && request.method === "GET") return exchangeCookie(state, request, response);

  const session = authorise(state, request);
  if (!session) return send(response, 401, { message: "Authorization has been denied for this request." });
  return route(state, session, request.method ?? "GET", path, body, response);
}

function exchangeCookie(state: State, request: IncomingMessage, response: ServerResponse) {
  if (request.headers.authorization) return send(response, 400, { message: "The token exchange takes the cookie only." });
  const cookie = /(?:^|;\s*)Production_tpAuth=([^;]+)/.exec(request.headers.cookie ?? "")?.[1];
  const user = FAKE_USERS.find((candidate) => candidate.cookie === cookie);
  const refusal = cookieRefusal(state.faults, user !== undefined);
  if (refusal || !user) return sendFault(response, refusal ?? { status: 401, body: { message: "Unauthorized" } });
  const token = state.opaqueFor(user);
  const expires = new Date(Date.now() + 3600_000).toISOString();
  return send(response, 200, {
    success: true,
    token: { access_token: token, token_type: "bearer", expires_in: 3600, refresh_token: "unused", scope: "fake", expires },
  });
}

function authorise(state: State, request: IncomingMessage): Session | null {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1];
  const session = token ? state.sessions.get(token) : undefined;
  if (!session || session.expiresAt <= Date.now()) return null;
  if (state.faults.expireTokensAfter !== undefined) {
    if (state.faults.expireTokensAfter <= 0) return null;
    state.faults.expireTokensAfter--;
  }
  return session;
}

function route(state: State, session: Session, method: string, path: string, body: string, response: ServerResponse) {
  if (method === "GET" && path === "/users/v3/user") return send(response, 200, userProfile(session.user));
  if (method === "GET" && path === "/fitness/v6/workouttypes") {
    return send(
      response,
      200,
      WORKOUT_TYPES.map(([id, name]) => ({ id, name, subTypes: [] })),
    );
  }

  const athletePath = /^\/fitness\/(v6|v1)\/athletes\/(\d+)\/(.+)$/.exec(path);
  if (!athletePath) return send(response, 404, { message: "No HTTP resource was found that matches the request URI." });
  const athlete = reachableAthlete(session.user, Number(athletePath[2]));
  if (!athlete)
    return send(response, 403, { message: "TrainingPeaks expects the workout to be created under a specific athlete you coach." });
  const rest = athletePath[3] ?? "";

  if (method === "GET" && rest === "settings") return send(response, 200, athleteSettings(athlete));
  if (method === "POST" && rest === "workouts") {
    const slow = state.faults.slowCreates;
    if (slow && slow.count > 0) {
      slow.count--;
      setTimeout(() => createWorkout(state, athlete, body, response), slow.delayMs);
      return;
    }
    return createWorkout(state, athlete, body, response);
  }
  const range = /^workouts\/(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(rest);
  if (method === "GET" && range) {
    const [start, end] = [range[1] ?? "", range[2] ?? ""];
    const found = [...state.workouts.values()].filter(
      (w) => w.athleteId === athlete.athleteId && w.workoutDay.slice(0, 10) >= start && w.workoutDay.slice(0, 10) <= end,
    );
    return send(response, 200, found);
  }
  const one = /^workouts\/(\d+)$/.exec(rest);
  if (method === "PUT" && one) return replaceWorkout(state, athlete, Number(one[1]), body, response);
  const workout = one ? state.workouts.get(Number(one[1])) : undefined;
  // TrainingPeaks answers an id it does not have (deleted by hand, or never made) with 400, not 404.
  if (one && (!workout || workout.athleteId !== athlete.athleteId))
    return send(response, 400, { message: `Invalid workoutId (${one[1]})` });
  if (method === "GET" && workout) return send(response, 200, workout);
  if (method === "DELETE" && workout) {
    state.workouts.delete(workout.workoutId);
    return send(response, 200, true);
  }
  return send(response, 404, { message: "No HTTP resource was found that matches the request URI." });
}

function reachableAthlete(user: FakeUser, athleteId: number): FakeAthlete | null {
  if (user.isCoach) return user.roster.find((athlete) => athlete.athleteId === athleteId) ?? null;
  return user.athleteId === athleteId ? user : null;
}

function createWorkout(state: State, athlete: FakeAthlete, text: string, response: ServerResponse) {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return send(response, 400, { message: "The request body is not JSON." });
  }
  const problem = checkWorkoutBody(body, athlete.athleteId);
  if (problem) return send(response, 400, { message: problem });
  const day = String(body.workoutDay).slice(0, 10);
  if (!athlete.isPremium && day > tomorrowIn(athlete.timeZone)) {
    return send(response, 402, { message: "A Basic account cannot plan workouts on future dates." });
  }

  const stored = Object.fromEntries(WORKOUT_KEYS.map((key) => [key, body[key] ?? null])) as StoredWorkout;
  stored.workoutId = state.nextId();
  stored.athleteId = athlete.athleteId;
  stored.workoutDay = `${day}T00:00:00`;
  stored.structure = typeof body.structure === "string" ? JSON.parse(body.structure) : null;
  stored.workoutComments = [];
  stored.publicSettingValue = 2;
  stored.lastModifiedDate = new Date().toISOString().replace("Z", "");
  let orderOnDay = 1;
  for (const other of state.workouts.values())
    if (other.athleteId === athlete.athleteId && other.workoutDay === stored.workoutDay) orderOnDay++; // no copy: benches store 40,000
  stored.orderOnDay = orderOnDay;
  state.workouts.set(stored.workoutId, stored);
  const thin = thinCreateAnswer(state.faults, stored);
  if (thin) return sendFault(response, thin);
  return send(response, 200, stored);
}

/** PUT replaces the whole object: fields the body leaves out become null (API doc §8.3, §13). */
function replaceWorkout(state: State, athlete: FakeAthlete, workoutId: number, text: string, response: ServerResponse) {
  const existing = state.workouts.get(workoutId);
  if (!existing || existing.athleteId !== athlete.athleteId) return send(response, 400, { message: `Invalid workoutId (${workoutId})` });
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return send(response, 400, { message: "The request body is not JSON." });
  }
  if (Number(body.workoutId) !== workoutId) return send(response, 400, { message: "workoutId in the body does not match the URL." });
  // On reads structure is an object; a client may echo it back so, or send a JSON string as on create.
  const echoed = typeof body.structure === "object" && body.structure !== null;
  const problem = checkWorkoutBody(echoed ? { ...body, structure: JSON.stringify(body.structure) } : body, athlete.athleteId);
  if (problem) return send(response, 400, { message: problem });
  const day = String(body.workoutDay).slice(0, 10);
  if (!athlete.isPremium && day > tomorrowIn(athlete.timeZone)) {
    return send(response, 402, { message: "A Basic account cannot plan workouts on future dates." });
  }

  const stored = Object.fromEntries(WORKOUT_KEYS.map((key) => [key, body[key] ?? null])) as StoredWorkout;
  stored.workoutId = workoutId;
  stored.athleteId = athlete.athleteId;
  stored.workoutDay = `${day}T00:00:00`;
  stored.structure = echoed ? body.structure : typeof body.structure === "string" ? JSON.parse(body.structure) : null;
  stored.lastModifiedDate = new Date().toISOString().replace("Z", "");
  state.workouts.set(workoutId, stored);
  return send(response, 200, stored);
}

async function handleControl(state: State, method: string, path: string, body: string, response: ServerResponse) {
  if (method === "GET" && path === "/__fake/workouts") return send(response, 200, [...state.workouts.values()]);
  if (method === "GET" && path === "/__fake/requests") return send(response, 200, state.requests);
  if (method === "GET" && path === "/__fake/credentials") return send(response, 200, await state.credentials());
  if (method === "POST" && path === "/__fake/reset") {
    state.reset();
    return send(response, 200, { ok: true });
  }
  const complete = /^\/__fake\/workouts\/(\d+)\/complete$/.exec(path);
  if (method === "POST" && complete) {
    state.completeWorkout(Number(complete[1]));
    return send(response, 200, { ok: true });
  }
  if (method === "POST" && path === "/__fake/expire-tokens") {
    state.expireTokens();
    return send(response, 200, { ok: true });
  }
  if (method === "POST" && path === "/__fake/faults") {
    state.faults = JSON.parse(body || "{}") as Faults;
    return send(response, 200, { ok: true });
  }
  return send(response, 404, { message: "unknown fake control route" });
}

function tomorrowIn(timeZone: string): string {
  const tomorrow = new Date(Date.now() + 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(tomorrow);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

// Run directly: `tsx tests/fakes/trainingpeaks-server.ts --port 4010 [--latency 100]`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const fake = await startFakeTrainingPeaks({
    port: Number(arg("port") ?? 4010),
    host: arg("host") ?? "127.0.0.1",
    latencyMs: Number(arg("latency") ?? 0),
  });
  console.log(`Fake TrainingPeaks listening on ${fake.url}`);
}
