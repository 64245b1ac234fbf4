// One worker process running import jobs to their end, all at once (job ids comma-separated), as
// the engine and squad benches measure it (at `intervalMs` between request starts, none unless
// given): prints its wall time, the rows' counts and its own peak RSS (the kernel's figure,
// start-up included).
import { createDb } from "../lib/db/client";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { countRowsWithStatus } from "@/lib/imports/data/row-queue";
import { getImportJob } from "@/lib/imports/data/job-records";
import { sendImport } from "@/lib/imports/engine/run-import";
import { createTrainingPeaksClient } from "../lib/trainingpeaks/client";
import { Pacer } from "../lib/trainingpeaks/pacer";
import { webCalendar } from "../lib/trainingpeaks/web-calendar";

const [url = "", jobIds = "", token = "", baseUrl = "", concurrency = "16", intervalMs = "0"] = process.argv.slice(2);
const db = createDb(url);
const client = webCalendar(createTrainingPeaksClient({ baseUrl, timeoutMs: 30_000, pacer: new Pacer(Number(intervalMs)) }));
let rows = 0;
const started = performance.now();
const jobs = jobIds.split(",");
await Promise.all(
  jobs.map((jobId) =>
    sendImport(db, jobId, {
      client,
      tokens: pastedTokenSource(token),
      concurrency: Number(concurrency),
      onRow: () => {
        rows++;
      },
    }),
  ),
);
const seconds = (performance.now() - started) / 1000;
let created = 0;
let pausedReason: string | null = null;
for (const jobId of jobs) {
  created += await countRowsWithStatus(db, jobId, ["created"]);
  pausedReason ??= (await getImportJob(db, jobId))?.pausedReason ?? null;
}
await db.$disconnect();
console.log(
  JSON.stringify({
    seconds,
    rows,
    counts: { created },
    pausedReason,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
