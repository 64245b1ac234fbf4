import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toTrainingPeaksStructure } from "@/lib/trainingpeaks/map-structure";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import { structureTotals } from "@/lib/workouts/totals";

// Random workouts are written out as text (both forms), read back and converted: their total
// time, distance and repeat counts must survive; and no input at all may make the reader throw.

type GenStep = { seconds: number | null; meters: number | null; low: number; high: number };
type GenBlock = { repeat: number; steps: GenStep[] };

const step = fc
  .record({
    seconds: fc.option(fc.integer({ min: 1, max: 7200 }), { nil: null }),
    meters: fc.integer({ min: 25, max: 20_000 }),
    low: fc.integer({ min: 30, max: 150 }),
    spread: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ seconds, meters, low, spread }): GenStep => ({ seconds, meters: seconds === null ? meters : null, low, high: low + spread }));
const block = fc.record({ repeat: fc.integer({ min: 1, max: 12 }), steps: fc.array(step, { minLength: 1, maxLength: 4 }) });
const workout = fc.array(block, { minLength: 1, maxLength: 6 });

const stepText = (s: GenStep) =>
  `${s.seconds !== null ? `${s.seconds}s` : `${s.meters}mtr`} ${s.low === s.high ? s.low : `${s.low}-${s.high}`}% Pace`;
const multiLine = (blocks: GenBlock[]) =>
  blocks.map((b) => (b.repeat > 1 ? `Set ${b.repeat}x\n` : "") + b.steps.map((s) => `- ${stepText(s)}`).join("\n")).join("\n\n");
const oneLine = (blocks: GenBlock[]) =>
  blocks.map((b) => (b.repeat > 1 ? `${b.repeat}x(${b.steps.map(stepText).join("; ")})` : b.steps.map(stepText).join("; "))).join("; ");

function expectedTotals(blocks: GenBlock[]) {
  const expanded = blocks.flatMap((b) => Array.from({ length: b.repeat }, () => b.steps).flat());
  return {
    seconds: expanded.reduce((sum, s) => sum + (s.seconds ?? 0), 0),
    meters: expanded.reduce((sum, s) => sum + (s.meters ?? 0), 0),
  };
}

describe("workout text properties", () => {
  it.each([
    ["several lines", multiLine],
    ["one line", oneLine],
  ])("keeps total time, distance and repeats through reading and converting (%s)", (_name, write) => {
    fc.assert(
      fc.property(workout, (blocks) => {
        const parsed = parseWorkoutText(write(blocks), "run");
        expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
        const resolution = resolveStructure(parsed.structure ?? { blocks: [] });
        if ("error" in resolution) throw new Error(resolution.error);
        const tp = toTrainingPeaksStructure(resolution.structure);
        // A single pass of several steps is written as separate steps, so compare the real repeats and the step count.
        expect(tp.structure.filter((b) => b.length.value > 1).map((b) => b.length.value)).toEqual(
          blocks.filter((b) => b.repeat > 1).map((b) => b.repeat),
        );
        expect(tp.structure.reduce((n, b) => n + b.steps.length * b.length.value, 0)).toBe(
          blocks.reduce((n, b) => n + b.steps.length * b.repeat, 0),
        );

        const expected = expectedTotals(blocks);
        let seconds = 0;
        let meters = 0;
        for (const b of tp.structure)
          for (const s of b.steps) {
            if (s.length.unit === "second") seconds += s.length.value * b.length.value;
            else meters += s.length.value * b.length.value;
          }
        expect(seconds).toBeCloseTo(expected.seconds, 6);
        expect(meters).toBeCloseTo(expected.meters, 6);
        const totals = structureTotals(resolution.structure, { thresholdSpeed: 4 });
        expect(totals.meters ?? 0).toBeCloseTo(expected.meters, 6);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("bike", "run", "swim"), (text, sport) => {
        const parsed = parseWorkoutText(text, sport as "bike");
        if (parsed.structure) resolveStructure(parsed.structure);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on text made of the notation's own pieces", () => {
    const piece = fc.constantFrom(
      "- ",
      "10m",
      "4x",
      "(",
      ")",
      ";",
      ",",
      "75%",
      "-",
      "ramp",
      "Z3",
      "HR",
      "Pace",
      "LTHR",
      "220w",
      "4:30/km",
      "90rpm",
      "\n",
      " ",
      "Warmup",
      "400mtr",
      "x",
      "%",
      "'",
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const parsed = parseWorkoutText(pieces.join(""), "bike");
        if (parsed.structure) {
          const resolution = resolveStructure(parsed.structure);
          if (!("error" in resolution)) toTrainingPeaksStructure(resolution.structure);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
