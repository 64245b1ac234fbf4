import { POST as checkTokenRoute } from "@/app/api/trainingpeaks/token/route";
import { POST as createImportRoute } from "@/app/api/imports/route";
import { GET as getImportRoute } from "@/app/api/imports/[id]/route";
import { POST as runImportRoute } from "@/app/api/imports/[id]/run/route";
import { jobKeyHeader, rememberJobKey } from "./job-keys";
import type { PlanReading } from "@/lib/plans/plan-options-schema";
import { type ImportJobView, importJobViewSchema } from "@/lib/imports/wire/import-view";
import { type FollowEvent, followJob } from "./follow-job";

// Calls the real route handlers the way Next does, with a Request and route params.

const BASE = "http://plandrop.test";

function post(path: string, token: string | null, body: unknown): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Request(`${BASE}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

export async function checkToken(token: string | null) {
  const response = await checkTokenRoute(post("/api/trainingpeaks/token", token, {}), {});
  return { status: response.status, body: await response.json() };
}

export async function createImport(
  token: string,
  body: {
    csv: string;
    fileName?: string;
    startDate?: string;
    raceDate?: string;
    dateOrder?: string;
    widenPercent?: number;
    athletes?: { athleteId: string; startDate?: string; raceDate?: string }[];
  } & PlanReading,
) {
  const response = await createImportRoute(post("/api/imports", token, body), {});
  const json = await response.json();
  rememberJobKey(json);
  return { status: response.status, body: json, job: response.ok ? importJobViewSchema.parse(json) : null };
}

/** Starts an import's run, follows it to its end as the page does, and returns what following showed and the final job. */
export async function runImport(jobId: string, token: string, retryFailed = false) {
  const response = await runImportRoute(post(`/api/imports/${jobId}/run`, token, { retryFailed }), {
    params: Promise.resolve({ id: jobId }),
  });
  if (!response.ok) return { status: response.status, body: await response.json(), events: [] as FollowEvent[], job: null };
  const started = importJobViewSchema.parse(await response.json());
  const { events, job } = await followJob(jobId, jobKeyHeader(jobId));
  return { status: response.status, body: null, started, events, job };
}

export async function getImport(jobId: string): Promise<{ status: number; job: ImportJobView | null }> {
  const response = await getImportRoute(new Request(`${BASE}/api/imports/${jobId}`, { headers: jobKeyHeader(jobId) }), {
    params: Promise.resolve({ id: jobId }),
  });
  return { status: response.status, job: response.ok ? importJobViewSchema.parse(await response.json()) : null };
}
