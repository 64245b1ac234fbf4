import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toTrainingPeaksStructure } from "@/lib/trainingpeaks/map-structure";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Block, WorkoutStructure } from "@/lib/workouts/structure";
import { wholeLengths } from "@/lib/trainingpeaks/whole-lengths";
import { checkPostedStructure } from "../../fakes/request-checks";

const sent = (text: string, sport: "bike" | "run" | "swim" = "bike") => {
  const resolution = resolveStructure(parseWorkoutText(text, sport).structure as WorkoutStructure);
  if ("error" in resolution) throw new Error(resolution.error);
  return toTrainingPeaksStructure(resolution.structure);
};
type Sent = ReturnType<typeof sent>;
const shape = (tp: Sent) =>
  tp.structure.map((block) => `${block.type}×${block.length.value}[${block.steps.map((step) => step.length.value).join(",")}]`);
const total = (tp: Sent, unit: "second" | "meter") =>
  tp.structure.reduce(
    (sum, block) => sum + block.length.value * block.steps.reduce((n, step) => n + (step.length.unit === unit ? step.length.value : 0), 0),
    0,
  );

describe("the structure TrainingPeaks receives", () => {
  it("sends a ramp as consecutive single steps of whole seconds that add up to the ramp's time", () => {
    const tp = sent("10m 50%; 100s ramp 50-80%; 5m 50%");
    expect(shape(tp)).toEqual(["step×1[600]", "step×1[33]", "step×1[34]", "step×1[33]", "step×1[300]"]);
    expect(tp.structure.map((block) => [block.begin, block.end])).toEqual([
      [0, 600],
      [600, 633],
      [633, 667],
      [667, 700],
      [700, 1000],
    ]);
    expect(checkPostedStructure(JSON.stringify(tp))).toBeNull();
  });

  it("sends a group that runs once as a repetition of 1, not a step block holding several steps", () => {
    const tp = sent("10m 50%; 1x(5m 90%; 5m 60%); 10m 50%");
    expect(shape(tp)).toEqual(["step×1[600]", "repetition×1[300,300]", "step×1[600]"]);
    expect(checkPostedStructure(JSON.stringify(tp))).toBeNull();
  });

  it("keeps a ramp inside a repeat within its repetition block", () => {
    const tp = sent("3x(3m ramp 60-90%; 2m 50%)");
    expect(shape(tp)).toEqual(["repetition×3[60,60,60,120]"]);
  });

  it("shows a yard pool in yards, with whole metres that keep the swim's distance", () => {
    const tp = sent("Warmup\n- 200yrd 70%\nMain Set 4x\n- 100yrd 100%\n- Rest 15s 50%\nCooldown\n- 100yrd 70%", "swim");
    expect(tp).toMatchObject({ primaryLengthMetric: "distance", visualizationDistanceUnit: "yard" });
    expect(shape(tp)).toEqual(["step×1[183]", "repetition×4[91,15]", "step×1[92]"]);
    // 700 yd = 640.08 m; the repeated 91.44 m can only be 91 or 92 each time, and 91 with a 92 m cool-down comes closest.
    expect(total(tp, "meter")).toBe(639);
    expect(total(tp, "second")).toBe(60);
    expect(checkPostedStructure(JSON.stringify(tp))).toBeNull();
  });

  it("rounds a mile to whole metres and never changes a step that is already whole", () => {
    const tp = sent("15m 70% Pace; 2x(1mi 100% Pace; 400mtr 80% Pace); 10m 70% Pace", "run");
    expect(shape(tp)).toEqual(["step×1[900]", "repetition×2[1609,400]", "step×1[600]"]);
    expect(tp.visualizationDistanceUnit).toBe("mile");
  });
});

describe("a press-lap step and steps without a target", () => {
  it("sends a press-lap step as open, with its placeholder length, and the fake takes it", () => {
    const tp = sent("10m 50%; press lap 60%; 5m 50%");
    const steps = tp.structure.flatMap((block) => block.steps);
    expect(steps.map((step) => step.openDuration)).toEqual([false, true, false]);
    expect(steps[1]?.length).toEqual({ value: 300, unit: "second" });
    expect(checkPostedStructure(JSON.stringify(tp))).toBeNull();
  });

  it("draws the thumbnail from the targeted steps, so a free warm-up does not flatten the intervals", () => {
    const tp = sent("10m freeride; 10m 100%; 10m 50%");
    const free = tp.structure[0]?.steps[0]?.targets[0];
    // What is sent keeps the widest range; only the picture ignores it.
    expect(free?.maxValue).toBeGreaterThan(100);
    const heights = tp.polyline.filter((_, index) => index % 3 === 1).map(([, y]) => y);
    expect(heights).toEqual([free && Math.round((free.minValue / 100) * 1000) / 1000, 1, 0.5]);
  });

  it("draws a workout with no targets at all at half height", () => {
    const tp = sent("10m freeride; 20m easy spin");
    expect(tp.polyline.filter((_, index) => index % 3 === 1).map(([, y]) => y)).toEqual([0.5, 0.5]);
  });
});

describe("the fake's check of a posted structure", () => {
  const block = (type: string, steps: { value: number }[], repeat = 1) => ({
    type,
    length: { value: repeat, unit: "repetition" },
    steps: steps.map(({ value }) => ({
      name: "",
      length: { value, unit: "second" },
      targets: [{ minValue: 50, maxValue: 60 }],
      intensityClass: "active",
    })),
  });
  const posted = (blocks: unknown[]) =>
    JSON.stringify({ structure: blocks, primaryLengthMetric: "duration", primaryIntensityMetric: "percentOfFtp" });

  it("refuses a step block holding several steps, as TrainingPeaks' own workouts never have one", () => {
    expect(checkPostedStructure(posted([block("step", [{ value: 60 }, { value: 60 }])]))).toMatch(/"step" block holds exactly one step/);
    expect(checkPostedStructure(posted([block("repetition", [{ value: 60 }, { value: 60 }])]))).toBeNull();
  });

  it("refuses fractional lengths", () => {
    expect(checkPostedStructure(posted([block("step", [{ value: 33.3 }])]))).toMatch(/whole number of seconds or metres/);
  });
});

describe("whole lengths for any workout", () => {
  const step = fc.record({
    seconds: fc.double({ min: 1, max: 900, noNaN: true }),
    low: fc.integer({ min: 40, max: 120 }),
    line: fc.integer({ min: 1, max: 3 }),
  });
  const block = fc.record({ repeat: fc.integer({ min: 1, max: 8 }), steps: fc.array(step, { minLength: 1, maxLength: 5 }) });

  it("rounds every step down or up, never by more, keeps a one-pass total within a second, and passes the fake's checks", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (generated) => {
        const blocks: Block[] = generated.map((b) => ({
          repeat: b.repeat,
          steps: b.steps.map((s) => ({
            name: "",
            line: s.line,
            ramp: false,
            intensityClass: "active" as const,
            length: { kind: "time" as const, seconds: s.seconds },
            target: { metric: "power" as const, unit: "percent" as const, min: s.low, max: s.low + 5 },
          })),
        }));
        const lengths = wholeLengths(blocks);
        for (const [i, b] of blocks.entries()) {
          for (const [j, s] of b.steps.entries()) {
            const exact = s.length.kind === "time" ? s.length.seconds : 0;
            expect([Math.floor(exact), Math.ceil(exact), 1]).toContain(lengths[i]?.[j]);
          }
        }
        if (blocks.every((b) => b.repeat === 1)) {
          const exact = blocks.flatMap((b) => b.steps).reduce((n, s) => n + (s.length.kind === "time" ? s.length.seconds : 0), 0);
          expect(Math.abs(lengths.flat().reduce((n, v) => n + v, 0) - exact)).toBeLessThanOrEqual(1);
        }
        expect(checkPostedStructure(JSON.stringify(toTrainingPeaksStructure({ metric: "power", blocks })))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
