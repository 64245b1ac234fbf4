import { Pacer } from "./pacer";

// One pacer per TrainingPeaks account in this process, so two imports for the same athlete
// share one polite pace instead of doubling it.
const pacers = new Map<string, Pacer>();

export function pacerFor(accountKey: string, intervalMs: number): Pacer {
  let pacer = pacers.get(accountKey);
  if (!pacer) {
    pacer = new Pacer(intervalMs);
    pacers.set(accountKey, pacer);
  }
  return pacer;
}
