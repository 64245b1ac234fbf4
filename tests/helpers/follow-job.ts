import { GET as progressRoute } from "@/app/api/imports/[id]/progress/route";
import { GET as getImportRoute } from "@/app/api/imports/[id]/route";
import { type ImportJobView, importJobViewSchema, type ImportRowView, jobProgressSchema } from "@/lib/imports/wire/import-view";

// Following a started job the way the page does: its progress, looked at until it stops.

/** What following a job showed: each row as it was seen changing, then the job as it ended. */
export type FollowEvent = { type: "row"; row: ImportRowView } | { type: "end"; job: ImportJobView };

const BASE = "http://plandrop.test";
const LOOK_EVERY_MS = 10;

/** Looks at the job's progress (with these headers: a job key, a session cookie) until it is no longer sending or undoing. */
export async function followJob(
  jobId: string,
  headers: Record<string, string> = {},
): Promise<{ events: FollowEvent[]; job: ImportJobView }> {
  const context = { params: Promise.resolve({ id: jobId }) };
  const events: FollowEvent[] = [];
  let cursor: string | null = null;
  for (;;) {
    const query: string = cursor ? `?since=${encodeURIComponent(cursor)}` : "";
    const response = await progressRoute(new Request(`${BASE}/api/imports/${jobId}/progress${query}`, { headers }), context);
    if (!response.ok) throw new Error(`Following import ${jobId} failed with ${response.status}: ${await response.text()}`);
    const progress = jobProgressSchema.parse(await response.json());
    for (const row of progress.rows) events.push({ type: "row", row });
    cursor = progress.cursor;
    if (progress.status !== "running" && progress.status !== "undoing") break;
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
  const job = importJobViewSchema.parse(
    await (await getImportRoute(new Request(`${BASE}/api/imports/${jobId}`, { headers }), context)).json(),
  );
  events.push({ type: "end", job });
  return { events, job };
}
