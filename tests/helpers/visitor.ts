import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { POST as signOutRoute } from "@/app/api/auth/sign-out/route";
import { POST as signUpRoute } from "@/app/api/auth/sign-up/route";
import { GET as getImportRoute } from "@/app/api/imports/[id]/route";
import { POST as runImportRoute } from "@/app/api/imports/[id]/run/route";
import { POST as createImportRoute } from "@/app/api/imports/route";
import { DELETE as unlinkRoute, GET as connectionRoute, PUT as saveConnectionRoute } from "@/app/api/trainingpeaks/connection/route";
import { POST as testConnectionRoute } from "@/app/api/trainingpeaks/connection/test/route";
import { type FollowEvent, followJob } from "./follow-job";

// A browser's side of the API for route handler tests: it keeps the session cookie between calls.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
// biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON answer of its own route and asserts on its shape
type Answer = { status: number; body: any; text: string };

export class Visitor {
  cookie: string | null = null;
  /** The keys of the anonymous imports this visitor made, as its browser holds them. */
  readonly jobKeys = new Map<string, string>();

  constructor(private readonly address = "203.0.113.7") {}

  async call(
    handler: Handler,
    path: string,
    init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; params?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { "x-forwarded-for": this.address, ...init.headers };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const request = new Request(`http://plandrop.test${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const response = await handler(request, { params: Promise.resolve(init.params ?? {}) });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const [pair] = setCookie.split(";");
      this.cookie = pair?.endsWith("=") ? null : (pair ?? null);
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, body, text };
  }

  signUp(email: string, password = "a long enough password") {
    return this.call(signUpRoute as Handler, "/api/auth/sign-up", { method: "POST", body: { email, password } });
  }
  signIn(email: string, password: string) {
    return this.call(signInRoute as Handler, "/api/auth/sign-in", { method: "POST", body: { email, password } });
  }
  signOut() {
    return this.call(signOutRoute as Handler, "/api/auth/sign-out", { method: "POST" });
  }
  connection() {
    return this.call(connectionRoute as Handler, "/api/trainingpeaks/connection");
  }
  saveConnection(cookie: string) {
    return this.call(saveConnectionRoute as Handler, "/api/trainingpeaks/connection", { method: "PUT", body: { cookie } });
  }
  testConnection() {
    return this.call(testConnectionRoute as Handler, "/api/trainingpeaks/connection/test", { method: "POST" });
  }
  unlink() {
    return this.call(unlinkRoute as Handler, "/api/trainingpeaks/connection", { method: "DELETE" });
  }
  async createImport(body: { csv: string; startDate?: string }, token?: string) {
    const answer = await this.call(createImportRoute as Handler, "/api/imports", { method: "POST", body, token });
    if (answer.body?.accessKey) this.jobKeys.set(answer.body.id, answer.body.accessKey);
    return answer;
  }
  getImport(id: string) {
    return this.call(getImportRoute as Handler, `/api/imports/${id}`, { params: { id }, headers: this.keyHeader(id) });
  }
  keyHeader(id: string): Record<string, string> {
    const key = this.jobKeys.get(id);
    return key ? { "x-import-key": key } : {};
  }
  /** Starts the import's run and follows it to its end, as this visitor's page would. */
  async runImport(id: string, token?: string): Promise<Answer & { events: FollowEvent[] }> {
    const answer = await this.call(runImportRoute as Handler, `/api/imports/${id}/run`, {
      method: "POST",
      body: {},
      token,
      params: { id },
    });
    if (answer.status !== 202) return { ...answer, events: [] };
    const headers: Record<string, string> = { ...this.keyHeader(id), ...(this.cookie ? { cookie: this.cookie } : {}) };
    return { ...answer, events: (await followJob(id, headers)).events };
  }
}

export function endOf(events: FollowEvent[]) {
  const end = events.find((event) => event.type === "end");
  return end?.type === "end" ? end.job : null;
}
