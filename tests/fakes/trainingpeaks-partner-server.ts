import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { checkPartnerBody, structureProblem } from "./partner-structure-checks";
import { labelOf, PARTNER_CLIENT, PARTNER_SCOPES, PARTNER_USERS, type PartnerAthlete, type PartnerUser } from "./partner-fixtures";

// A local TrainingPeaks Partner API (OAuth host and API host in one server) for tests and the
// demo, as strict as ../shared/docs/trainingpeaks-partner-api.md §7 says. Test-only routes under
// /__fake/ read its state and switch its behaviour (token lifetime, refresh rotation, whether a
// create answers with the workout).

export type PartnerSettings = {
  /** Seconds an access token lives (`expires_in`). */
  expiresIn: number;
  /** Whether a refresh hands out a new refresh token and retires the old one. */
  rotateRefreshTokens: boolean;
  /** Whether POST /v2/workouts/plan answers with the workout (Partner doc §8.1: undocumented). */
  createReturnsWorkout: boolean;
};
type Grant = { id: number; user: PartnerUser; scopes: string[]; refreshToken: string; revoked: boolean };
type Code = { grant: Omit<Grant, "id" | "refreshToken" | "revoked">; redirectUri: string; expiresAt: number; challenge: string | null };
type Access = { grant: Grant; expiresAt: number };
type Stored = Record<string, unknown> & { Id: number; AthleteId: number; WorkoutDay: string };

export type FakePartner = {
  url: string;
  workouts(): Stored[];
  /** The Structure a workout was planned with, decoded (what the WOD json file gives). */
  structureOf(id: number | string): unknown;
  requests(): { method: string; path: string }[];
  settings(next: Partial<PartnerSettings>): void;
  expireAccessTokens(): void;
  /** Grants deauthorized so far. */
  revoked(): number;
  reset(): void;
  close(): Promise<void>;
};

const DEFAULT_SETTINGS: PartnerSettings = { expiresIn: 3600, rotateRefreshTokens: true, createReturnsWorkout: true };
const CODE_LIFETIME_MS = 60 * 60_000;
const BASIC_DROPPED = ["TSSPlanned", "IFPlanned", "CaloriesPlanned", "EnergyPlanned", "ElevationGainPlanned", "Tags"];
const WRITE_FIELDS = [
  "AthleteId",
  "WorkoutDay",
  "WorkoutType",
  "Title",
  "Description",
  "StartTimePlanned",
  "TotalTimePlanned",
  "DistancePlanned",
  "TSSPlanned",
  "IFPlanned",
  "CaloriesPlanned",
  "EnergyPlanned",
  "ElevationGainPlanned",
  "Locked",
  "Hidden",
  "Structure",
  "StructureDisplayUnit",
  "Tags",
];

export async function startFakePartner(options: { port?: number; host?: string; redirectUris?: string[] } = {}): Promise<FakePartner> {
  let settings = { ...DEFAULT_SETTINGS };
  const codes = new Map<string, Code>();
  const accessTokens = new Map<string, Access>();
  const grants: Grant[] = [];
  let workouts = new Map<number, Stored>();
  let requests: { method: string; path: string }[] = [];
  let nextWorkoutId = 3_100_000_001; // past 2^31, as real ids are (Partner doc §4.2)
  const redirectUris = options.redirectUris;

  function issue(grant: Grant) {
    const access = `gAAAA${randomBytes(36).toString("base64url")}`;
    accessTokens.set(access, { grant, expiresAt: Date.now() + settings.expiresIn * 1000 });
    return {
      access_token: access,
      token_type: "bearer",
      expires_in: settings.expiresIn,
      refresh_token: grant.refreshToken,
      scope: grant.scopes.join(" "),
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://fake");
    const path = url.pathname;
    const lower = path.toLowerCase(); // OAuth paths are case-insensitive (Partner doc §2.1)
    const method = request.method ?? "GET";
    const body = await readBody(request);
    if (path.startsWith("/__fake/")) return control(method, path, body, response);
    requests.push({ method, path });

    if (lower === "/oauth/authorize" && method === "GET") return consentPage(url, response);
    if (lower === "/oauth/authorize" && method === "POST") return consent(new URLSearchParams(body), response);
    if (lower === "/oauth/token" && method === "POST") return token(request, body, response);
    if (lower === "/oauth/deauthorize" && method === "POST") {
      const access = bearer(request);
      if (!access) return send(response, 401, { error: "invalid_token" });
      access.grant.revoked = true;
      for (const [key, value] of accessTokens) if (value.grant === access.grant) accessTokens.delete(key);
      return send(response, 200, true);
    }
    const access = bearer(request);
    if (!access) return send(response, 401, { Message: "Authorization has been denied for this request." });
    return api(access.grant, method, path, body, response);
  }

  function authorizeProblem(params: URLSearchParams): string | null {
    if (params.get("response_type") !== "code") return "response_type must be code.";
    if (params.get("client_id") !== PARTNER_CLIENT.id) return "Unknown client_id.";
    const redirect = params.get("redirect_uri") ?? "";
    if (!redirect || (redirectUris && !redirectUris.includes(redirect))) return "Invalid Redirect URI.";
    const scopes = (params.get("scope") ?? "").split(" ").filter(Boolean);
    if (scopes.length === 0 || scopes.some((scope) => !PARTNER_SCOPES.includes(scope))) return "Invalid scope.";
    const method = params.get("code_challenge_method");
    if (params.get("code_challenge") && method !== "S256") return "Only the S256 code challenge is supported.";
    return null;
  }

  function consentPage(url: URL, response: ServerResponse) {
    const problem = authorizeProblem(url.searchParams);
    if (problem) return html(response, 400, `<h1>Authorization error</h1><p>${escapeHtml(problem)}</p>`);
    const hidden = [...url.searchParams]
      .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`)
      .join("");
    const users = PARTNER_USERS.map(
      (user, index) => `<option value="${user.key}"${index === 0 ? " selected" : ""}>${escapeHtml(labelOf(user))}</option>`,
    ).join("");
    const scopes = (url.searchParams.get("scope") ?? "")
      .split(" ")
      .map((scope) => `<li>${escapeHtml(scope)}</li>`)
      .join("");
    return html(
      response,
      200,
      `<h1>TrainingPeaks (fake)</h1><p>PlanDrop would like to access your TrainingPeaks account:</p><ul>${scopes}</ul>
<form method="post" action="/OAuth/Authorize">${hidden}<label>Signed in as <select name="user">${users}</select></label>
<button type="submit" name="decision" value="allow">Authorize</button> <button type="submit" name="decision" value="deny">Deny</button></form>`,
    );
  }

  function consent(params: URLSearchParams, response: ServerResponse) {
    const problem = authorizeProblem(params);
    if (problem) return html(response, 400, `<p>${escapeHtml(problem)}</p>`);
    const redirect = new URL(params.get("redirect_uri") ?? "");
    const state = params.get("state");
    if (state) redirect.searchParams.set("state", state);
    const user = PARTNER_USERS.find((candidate) => candidate.key === params.get("user"));
    if (params.get("decision") !== "allow" || !user) {
      redirect.searchParams.set("error", "access_denied");
      return redirectTo(response, redirect.toString());
    }
    const code = randomBytes(24).toString("base64url");
    codes.set(code, {
      grant: { user, scopes: (params.get("scope") ?? "").split(" ") },
      redirectUri: params.get("redirect_uri") ?? "",
      expiresAt: Date.now() + CODE_LIFETIME_MS,
      challenge: params.get("code_challenge"),
    });
    redirect.searchParams.set("code", code);
    return redirectTo(response, redirect.toString());
  }

  function token(request: IncomingMessage, body: string, response: ServerResponse) {
    // Form only, the secret in the body (Partner doc §2.4); anything else got an HTML error page.
    if (!(request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded"))
      return html(response, 400, "<p>Bad Request</p>");
    const form = new URLSearchParams(body);
    if (form.get("client_id") !== PARTNER_CLIENT.id || form.get("client_secret") !== PARTNER_CLIENT.secret)
      return send(response, 400, { error: "invalid_client" });
    if (form.get("grant_type") === "authorization_code") {
      const code = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? ""); // single use
      if (!code || code.expiresAt < Date.now() || code.redirectUri !== form.get("redirect_uri"))
        return send(response, 400, { error: "invalid_grant" });
      if (code.challenge) {
        const verifier = form.get("code_verifier") ?? "";
        if (createHash("sha256").update(verifier).digest("base64url") !== code.challenge)
          return send(response, 400, { error: "invalid_grant" });
      }
      const grant: Grant = { ...code.grant, id: grants.length + 1, refreshToken: randomBytes(32).toString("base64url"), revoked: false };
      grants.push(grant);
      return send(response, 200, issue(grant));
    }
    if (form.get("grant_type") === "refresh_token") {
      const grant = grants.find((candidate) => candidate.refreshToken === form.get("refresh_token") && !candidate.revoked);
      if (!grant) return send(response, 400, { error: "invalid_grant" });
      if (settings.rotateRefreshTokens) grant.refreshToken = randomBytes(32).toString("base64url");
      return send(response, 200, issue(grant));
    }
    return send(response, 400, { error: "unsupported_grant_type" });
  }

  function bearer(request: IncomingMessage): Access | null {
    const value = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1];
    const access = value ? accessTokens.get(value) : undefined;
    if (!access || access.expiresAt <= Date.now() || access.grant.revoked) return null;
    return access;
  }

  function api(grant: Grant, method: string, path: string, body: string, response: ServerResponse) {
    const needs = (scope: string) => grant.scopes.includes(scope);
    const user = grant.user;
    if (method === "GET" && path === "/v1/athlete/profile") {
      if (!needs("athlete:profile")) return send(response, 403, ["Missing scope athlete:profile."]);
      if (user.kind === "coach") return send(response, 400, [`${user.coach.CoachId} is not a valid athlete`]);
      return send(response, 200, { ...user.athlete, BirthMonth: "1980-10", Sex: "f", Weight: 61.5, PreferredUnits: "Metric" });
    }
    if (method === "GET" && (path === "/v1/coach/profile" || path === "/v1/coach/athletes")) {
      if (!needs("coach:athletes")) return send(response, 403, ["Missing scope coach:athletes."]);
      if (user.kind !== "coach") return send(response, 403, ["Not a coach."]);
      return send(response, 200, path === "/v1/coach/profile" ? user.coach : user.roster);
    }
    if (method === "POST" && path === "/v2/workouts/plan")
      return needs("workouts:plan") ? write(user, null, body, response) : send(response, 403, ["Missing scope workouts:plan."]);
    const put = /^\/v2\/workouts\/plan\/(\d+)$/.exec(path);
    if (method === "PUT" && put)
      return needs("workouts:plan") ? write(user, Number(put[1]), body, response) : send(response, 403, ["Missing scope workouts:plan."]);

    const wod = /^\/v2\/workouts\/wod\/file\/(\d+)\/?$/.exec(path);
    if (method === "GET" && wod) {
      const found = workouts.get(Number(wod[1]));
      if (!needs("workouts:wod")) return send(response, 403, ["Missing scope workouts:wod."]);
      if (!found || !reaches(user, found.AthleteId)) return send(response, 404, ["Not found."]);
      return found.Structure ? send(response, 200, JSON.parse(String(found.Structure))) : send(response, 400, ["Workout has no structure"]);
    }
    const one = /^\/v2\/workouts(?:\/(\d+))?\/id\/(\d+)$/.exec(path);
    if (one) {
      if (!needs("workouts:read") || (method === "DELETE" && !needs("workouts:plan"))) return send(response, 403, ["Missing scope."]);
      const athleteId = pathAthlete(user, one[1]);
      if (athleteId === null) return send(response, 403, ["Athlete is not coached by the caller."]);
      const found = workouts.get(Number(one[2]));
      if (!found || found.AthleteId !== athleteId) return send(response, 404, ["Workout not found."]);
      if (method === "GET") return send(response, 200, { ...found, Structure: null });
      if (method === "DELETE") {
        if (found.Completed) return send(response, 400, ["Completed workouts cannot be deleted."]);
        workouts.delete(found.Id);
        return send(response, 200, true);
      }
    }
    const range = /^\/v2\/workouts(?:\/(\d+))?\/(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(path);
    if (method === "GET" && range) {
      if (!needs("workouts:read")) return send(response, 403, ["Missing scope workouts:read."]);
      const athleteId = pathAthlete(user, range[1]);
      if (athleteId === null) return send(response, 403, ["Athlete is not coached by the caller."]);
      const [start, end] = [range[2] ?? "", range[3] ?? ""];
      if (end < start || daysBetween(start, end) > 45) return send(response, 400, ["The date range may be at most 45 days."]);
      const found = [...workouts.values()].filter(
        (w) => w.AthleteId === athleteId && w.WorkoutDay.slice(0, 10) >= start && w.WorkoutDay.slice(0, 10) <= end,
      );
      return send(
        response,
        200,
        found.map((w) => ({ ...w, Structure: null })),
      );
    }
    return send(response, 404, ["No HTTP resource was found that matches the request URI."]);
  }

  /** POST (id null) or PUT: the whole object, validated, the Partner rules applied (Partner doc §3.3–3.4, §5). */
  function write(user: PartnerUser, id: number | null, text: string, response: ServerResponse) {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return send(response, 400, ["The request body is not JSON."]);
    }
    const problem = checkPartnerBody(body) ?? (id !== null && Number(body.Id) !== id ? "Id in the body does not match the URL." : null);
    if (problem) return send(response, 400, [problem]);
    const athlete = reachable(user, Number(body.AthleteId));
    if (!athlete) return send(response, 403, ["Athlete is not coached by the caller."]);
    const day = String(body.WorkoutDay).slice(0, 10);
    const today = todayIn(athlete.TimeZone);
    if (day < addDays(today, -7) || day > addDays(today, 365))
      return send(response, 400, ["WorkoutDay must be within 7 days back and one year ahead."]);
    if (!athlete.IsPremium && user.kind !== "coach" && day > today)
      return send(response, 403, ["Basic athletes cannot plan future workouts."]);
    const existing = id === null ? null : workouts.get(id);
    if (id !== null && (!existing || existing.AthleteId !== athlete.Id)) return send(response, 404, ["Workout not found."]);
    if (existing?.Completed) return send(response, 400, ["Completed workouts cannot be updated."]);

    const stored = Object.fromEntries(WRITE_FIELDS.map((key) => [key, body[key] ?? null])) as Stored;
    stored.Id = id ?? nextWorkoutId++;
    stored.AthleteId = athlete.Id;
    stored.WorkoutDay = `${day}T00:00:00`;
    stored.WorkoutType = String(body.WorkoutType).toLowerCase();
    stored.Completed = false;
    stored.LastModifiedDate = new Date().toISOString().replace("Z", "");
    if (!athlete.IsPremium) for (const field of BASIC_DROPPED) stored[field] = null;
    // A valid non-RPE structure of time steps sets the planned duration itself (Partner doc §4.4).
    const summary = stored.Structure ? structureProblem(stored.Structure) : null;
    if (summary && typeof summary === "object" && !summary.isRpe && summary.onlyTime) stored.TotalTimePlanned = summary.seconds / 3600;
    workouts.set(stored.Id, stored);
    if (id === null && !settings.createReturnsWorkout) return send(response, 201, null);
    return send(response, id === null ? 201 : 200, { ...stored, Structure: null });
  }

  function control(method: string, path: string, body: string, response: ServerResponse) {
    if (method === "GET" && path === "/__fake/workouts") return send(response, 200, [...workouts.values()]);
    if (method === "GET" && path === "/__fake/requests") return send(response, 200, requests);
    if (method === "GET" && path === "/__fake/revoked")
      return send(response, 200, { revoked: grants.filter((grant) => grant.revoked).length });
    if (method === "POST" && path === "/__fake/reset") {
      reset();
      return send(response, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/settings") {
      settings = { ...settings, ...(JSON.parse(body || "{}") as Partial<PartnerSettings>) };
      return send(response, 200, settings);
    }
    if (method === "POST" && path === "/__fake/expire-tokens") {
      for (const access of accessTokens.values()) access.expiresAt = 0;
      return send(response, 200, { ok: true });
    }
    return send(response, 404, { message: "unknown fake control route" });
  }

  function reset() {
    workouts = new Map();
    requests = [];
    settings = { ...DEFAULT_SETTINGS };
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, [error instanceof Error ? error.message : "fake failed"]));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    workouts: () => [...workouts.values()],
    structureOf: (id) => {
      const found = workouts.get(Number(id));
      return found?.Structure ? JSON.parse(String(found.Structure)) : null;
    },
    requests: () => [...requests],
    settings: (next) => {
      settings = { ...settings, ...next };
    },
    expireAccessTokens: () => {
      for (const access of accessTokens.values()) access.expiresAt = 0;
    },
    revoked: () => grants.filter((grant) => grant.revoked).length,
    reset,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The athlete a write or read reaches: the caller, or a coach's roster athlete. */
function reachable(user: PartnerUser, athleteId: number): PartnerAthlete | null {
  if (user.kind === "coach") return user.roster.find((athlete) => athlete.Id === athleteId) ?? null;
  return user.athlete.Id === athleteId ? user.athlete : null;
}

function reaches(user: PartnerUser, athleteId: number): boolean {
  return reachable(user, athleteId) !== null;
}

/** The athlete of a read path: a coach names one, an athlete's own paths name none. */
function pathAthlete(user: PartnerUser, named: string | undefined): number | null {
  if (user.kind === "coach") return named && reaches(user, Number(named)) ? Number(named) : null;
  if (named && Number(named) !== user.athlete.Id) return null;
  return user.athlete.Id;
}

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
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
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(body === null ? "" : JSON.stringify(body));
}

function html(response: ServerResponse, status: number, body: string) {
  response
    .writeHead(status, { "Content-Type": "text/html; charset=utf-8" })
    .end(`<!doctype html><html lang="en"><head><title>TrainingPeaks (fake)</title></head><body>${body}</body></html>`);
}

function redirectTo(response: ServerResponse, location: string) {
  response.writeHead(302, { Location: location }).end();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Run directly: `tsx tests/fakes/trainingpeaks-partner-server.ts --port 4020 [--redirect http://…/callback]`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const redirect = arg("redirect");
  const fake = await startFakePartner({
    port: Number(arg("port") ?? 4020),
    host: arg("host") ?? "127.0.0.1",
    redirectUris: redirect ? [redirect] : undefined,
  });
  console.log(`Fake TrainingPeaks Partner API listening on ${fake.url}`);
}
