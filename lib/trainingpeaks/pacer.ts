import "server-only";
// Keeps requests to TrainingPeaks polite: starts are spaced at least `intervalMs` apart, and a
// 429's Retry-After pauses every request that shares the pace, not just the one refused.

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One pace shared by every request for a key: in this process (Pacer) or across instances (DatabasePace). */
export interface Pace {
  /** Resolves when this request may start. */
  turn(): Promise<void>;
  /** No request sharing the pace starts for `ms` (a 429's Retry-After). */
  pauseFor(ms: number): Promise<void>;
}

/** The pace within one process (SQLite: one machine, one process). */
export class Pacer implements Pace {
  private nextStart = 0;
  private pausedUntil = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly wait: Sleep = sleep,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reserves the next start and waits for it, as DatabasePace does: starts keep to the pace on
   * average even when a timer fires late, instead of each late wake-up pushing back the rest.
   */
  async turn(): Promise<void> {
    for (;;) {
      const now = this.now();
      const start = Math.max(now, this.nextStart, this.pausedUntil);
      this.nextStart = start + this.intervalMs;
      if (start <= now) return;
      await this.wait(start - now);
      if (this.pausedUntil <= this.now()) return; // else a 429 came meanwhile: take a start after it
    }
  }

  async pauseFor(ms: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}
