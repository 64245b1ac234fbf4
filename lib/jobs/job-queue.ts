import "server-only";
/**
 * Where started saved-connection jobs wait for a worker. Two implementations: pg-boss on
 * PostgreSQL (any number of web instances and workers on one database), and this process on
 * SQLite (one machine, one process). Either way the job's state, rows, ledger and lease are in
 * our tables; the queue only says "this job wants a run", so a job handed out twice runs once.
 */
export interface JobQueue {
  /** Asks for a run of the job; a job already waiting is not queued twice. */
  enqueue(jobId: string): Promise<void>;
  /** Starts running queued jobs in this process. */
  work(): Promise<void>;
  /** Stops taking jobs (runs under way go on until they end or the process exits) and closes. */
  stop(): Promise<void>;
}
