import { POST as cancelRoute } from "@/app/api/imports/[id]/cancel/route";
import { POST as duplicatesRoute } from "@/app/api/imports/[id]/duplicates/route";
import { POST as revisionRoute } from "@/app/api/imports/[id]/revision/route";
import { GET as resultsRoute } from "@/app/api/imports/[id]/results.csv/route";
import { POST as undoRoute } from "@/app/api/imports/[id]/undo/route";
import { followJob } from "./follow-job";
import { jobKeyHeader } from "./job-keys";

// Route calls for a job's later life: duplicates, undo, cancel, results.

const BASE = "http://plandrop.test";
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const jobIdOf = (path: string) => path.split("/")[3] ?? "";
const post = (path: string, token: string | null, body?: unknown) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...jobKeyHeader(jobIdOf(path)), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export async function chooseDuplicates(id: string, action: "skip" | "import", token: string) {
  const response = await duplicatesRoute(post(`/api/imports/${id}/duplicates`, token, { action }), context(id));
  return { status: response.status, body: await response.json() };
}

/** Starts an undo and follows it to its end as the page does. */
export async function undoImportCall(id: string, token: string) {
  const response = await undoRoute(post(`/api/imports/${id}/undo`, token), context(id));
  if (!response.ok) return { status: response.status, body: await response.json(), events: [], job: null };
  return { status: response.status, body: null, ...(await followJob(id, jobKeyHeader(id))) };
}

export async function cancelImport(id: string) {
  const response = await cancelRoute(post(`/api/imports/${id}/cancel`, null), context(id));
  return { status: response.status };
}

export async function resultsCsvFor(id: string) {
  const response = await resultsRoute(new Request(`${BASE}/api/imports/${id}/results.csv`, { headers: jobKeyHeader(id) }), context(id));
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
}

export async function chooseRevision(id: string, group: "changed" | "missing", action: string, token: string) {
  const response = await revisionRoute(post(`/api/imports/${id}/revision`, token, { group, action }), context(id));
  return { status: response.status, body: await response.json() };
}
