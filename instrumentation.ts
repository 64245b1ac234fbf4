// Next.js calls register() once when the server starts: the web server is also a worker by
// default (see lib/jobs/start-workers.ts), so a job that was running before a restart goes on.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWorkersWithWeb } = await import("./lib/jobs/start-workers");
  await startWorkersWithWeb();
}
