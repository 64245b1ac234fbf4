import "server-only";
import v8 from "node:v8";
import vm from "node:vm";

// Why a long import's memory grew with its length (266 MB at 500 workouts, 444 MB at 4,000): the
// live heap stays near 30–40 MB, but every query leaves garbage, and some of it is native. The
// SQLite driver (libsql) prepares a native statement for each query and frees it only when V8
// collects the statement's small JS wrapper; V8 sees a small heap and puts off full collections,
// so native memory and dead objects piled up for minutes (heap 130 MB and RSS 500 MB before one
// full collection brought them back to 30 MB). A full collection every hundred rows keeps the
// process flat. PostgreSQL needs it too, for the dead objects alone: without it a 4,000-workout
// run there let its heap reach 130 MB (RSS 221 MB), with it 40–50 MB (RSS near 160 MB).

type Collect = () => void;
let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (exposed) {
    collect = exposed;
    return collect;
  }
  try {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as Collect;
  } catch {
    collect = null; // a runtime without it: memory is then left to V8's own timing
  }
  return collect;
}

/** Rows done in this process since the last collection, and when that was. */
const done = { rows: 0, collectedAt: 0 };
const EVERY_ROWS = 100;
const MIN_INTERVAL_MS = 500;

/**
 * Counts a row done by any run of this process; after every hundred (and at most twice a second)
 * collects garbage in full. One count for the process, however many imports it runs at once: a
 * collection takes 12–20 ms here, and every 250 ms it cost a tenth of a fast run's time for no
 * memory the 200 MB aim needs (a 40,000-workout run peaks near 165 MB either way).
 */
export function rowDone(): void {
  if (++done.rows < EVERY_ROWS || Date.now() - done.collectedAt < MIN_INTERVAL_MS) return;
  done.rows = 0;
  done.collectedAt = Date.now();
  collector()?.();
}
