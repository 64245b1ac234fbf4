// Keeps requests to TrainingPeaks polite: starts are spaced at least `intervalMs` apart, and a
// 429's Retry-After pauses every request that shares the pacer, not just the one refused.

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Pacer {
  private nextStart = 0;
  private pausedUntil = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly wait: Sleep = sleep,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when this request may start. */
  async turn(): Promise<void> {
    for (;;) {
      const now = this.now();
      const start = Math.max(now, this.nextStart, this.pausedUntil);
      if (start <= now) {
        this.nextStart = now + this.intervalMs;
        return;
      }
      await this.wait(start - now);
    }
  }

  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}
