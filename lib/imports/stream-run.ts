import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import type { RunEvent } from "./import-view";
import { runImport, type RunOptions } from "./run-import";

/** Runs an import and streams its progress as newline-separated JSON events (see runEventSchema). */
export function streamRun(db: Db, jobId: string, options: Omit<RunOptions, "onRow">): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (event: RunEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The browser went away; the run goes on until the request's signal stops it.
        }
      };
      try {
        const job = await runImport(db, jobId, { ...options, onRow: (row) => write({ type: "row", row }) });
        write({ type: "end", job });
      } catch (error) {
        const message = error instanceof AppError || error instanceof TrainingPeaksError ? error.userMessage : "The import stopped because of an unexpected error; press Resume to go on.";
        write({ type: "error", message });
      }
      try {
        controller.close();
      } catch {
        // Already closed by the browser leaving.
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
