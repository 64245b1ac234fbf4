import { stopSentence } from "@/lib/error-codes";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import type { ImportJobView, ImportRowView, RunEvent } from "./import-view";


/** Streams a job's work (sending or undoing) as newline-separated JSON events (see runEventSchema). */
export function streamJob(action: "send" | "undo", work: (onRow: (row: ImportRowView) => void) => Promise<ImportJobView>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (event: RunEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The browser went away; the work goes on until the request's signal stops it.
        }
      };
      try {
        write({ type: "end", job: await work((row) => write({ type: "row", row })) });
      } catch (error) {
        const known = error instanceof AppError || error instanceof TrainingPeaksError;
        if (!known) log.error({ action, err: error }, "An import's work stopped unexpectedly");
        const message = known ? error.userMessage : stopSentence(action, null);
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
