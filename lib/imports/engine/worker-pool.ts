import "server-only";
/**
 * The engine's one worker pool, shared by sending (new workouts, and a revised plan's updates and
 * removals) and undoing: `concurrency` workers each take the next item and handle it, until the
 * work runs out or `stopped()` (asked before each item) says the run stops.
 */
export async function runWorkerPool<T>(
  concurrency: number,
  work: {
    next(): Promise<T | null> | T | null;
    handle(item: T): Promise<void>;
    stopped(): Promise<boolean> | boolean;
  },
): Promise<void> {
  async function worker() {
    while (!(await work.stopped())) {
      const item = await work.next();
      if (item === null) return;
      await work.handle(item);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
