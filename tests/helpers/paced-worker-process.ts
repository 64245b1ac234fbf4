// A worker in a process of its own that sends one import job through the app's own client for a
// TrainingPeaks account (paced per account as DATABASE_URL's database chooses), so a test can run
// two of them side by side like two app instances.
import { getDb } from "../../lib/db/client";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { runImport } from "@/lib/imports/engine/run-import";
import { trainingPeaksClientFor } from "../../lib/trainingpeaks/client-from-env";
import { webCalendar } from "../../lib/trainingpeaks/web-calendar";

const [jobId = "", token = "", accountKey = ""] = process.argv.slice(2);
const db = await getDb();
await db.importJob.count(); // warm: the engine is started before the test says go
// Ready; the test starts both workers together by writing a line to each.
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
process.stdin.pause();
const finished = await runImport(db, jobId, {
  client: webCalendar(trainingPeaksClientFor(accountKey)),
  tokens: pastedTokenSource(token),
  concurrency: 4,
});
await db.$disconnect();
console.log(JSON.stringify({ status: finished.status, created: finished.counts.created, pausedReason: finished.pausedReason }));
