// A separate process that runs one import, so a test can kill it mid-job like a crashed server.
import { createDb } from "../../lib/db/client";
import { pastedTokenSource } from "@/lib/imports/engine/pasted-token";
import { runImport } from "@/lib/imports/engine/run-import";
import { createTrainingPeaksClient } from "../../lib/trainingpeaks/client";
import { webCalendar } from "../../lib/trainingpeaks/web-calendar";

const [jobId = "", token = ""] = process.argv.slice(2);
const db = createDb(process.env.DATABASE_URL ?? "");
const client = webCalendar(createTrainingPeaksClient({ baseUrl: process.env.TRAININGPEAKS_API_URL ?? "", timeoutMs: 10_000 }));
await runImport(db, jobId, { client, tokens: pastedTokenSource(token), concurrency: 2 });
