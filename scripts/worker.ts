// `npm run worker`: a worker alone, without the web server. With PostgreSQL, run as many as you
// like beside web instances started with WEB_RUNS_WORKERS=false; all share one queue (pg-boss).
import { startWorkers } from "../lib/jobs/start-workers";

const stop = await startWorkers();
console.log("PlanDrop worker started: taking imports from the queue.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // Runs under way stop with the process; their leases lapse and another worker takes them up.
    void stop().finally(() => process.exit(0));
  });
}
