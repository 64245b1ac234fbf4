import { describe, expect, it } from "vitest";
import { describeTimeLeft, estimateMsLeft } from "@/lib/imports/wire/time-left";

describe("the time an import has left", () => {
  const pace = { minIntervalMs: 150, concurrency: 4 };

  it("10,000 rows at TrainingPeaks' pace take about 25 minutes before the run has a pace of its own", () => {
    expect(describeTimeLeft(estimateMsLeft(10_000, pace))).toBe("About 25 minutes left");
  });

  it("follows the pace the run really has once enough rows are done, never faster than the server's pace", () => {
    expect(describeTimeLeft(estimateMsLeft(600, pace, { rows: 100, ms: 60_000 }))).toBe("About 6 minutes left");
    expect(estimateMsLeft(600, pace, { rows: 100, ms: 1_000 })).toBe(600 * 150);
    expect(estimateMsLeft(600, pace, { rows: 2, ms: 60_000 })).toBe(600 * 150); // too few rows to count yet
  });

  it("slower concurrency means a longer wait when responses, not the interval, set the pace", () => {
    expect(estimateMsLeft(100, { minIntervalMs: 0, concurrency: 1 })).toBe(60_000);
    expect(estimateMsLeft(100, { minIntervalMs: 0, concurrency: 4 })).toBe(15_000);
  });

  it("says it in words", () => {
    expect(describeTimeLeft(0)).toBe("Less than a minute left");
    expect(describeTimeLeft(60_000)).toBe("About 1 minute left");
    expect(describeTimeLeft(65 * 60_000)).toBe("About 1 hour 5 minutes left");
    expect(describeTimeLeft(120 * 60_000)).toBe("About 2 hours left");
  });
});
