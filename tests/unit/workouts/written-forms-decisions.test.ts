import { describe, expect, it } from "vitest";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import { read, blocksOf, totalSeconds } from "../../helpers/workout-text";

// Workout text as people write it (issue 8, item 8), continued: steps without a target, metres
// written with a bare m, and workouts that mix heart rate and pace.

describe("steps without a target", () => {
  it("sends a freeride with the widest range of the workout's metric, warns, and leaves IF and TSS to TrainingPeaks", () => {
    const text = "- 10m 60%\n- 25m freeride\n- 5m 50%";
    const { warnings } = read(text);
    expect(warnings).toEqual([
      '2:3 This step has no target ("freeride"); TrainingPeaks needs one, so it is sent with the widest range of the workout\'s metric and the step is free.',
    ]);
    const resolution = resolveStructure(read(text).structure);
    expect("structure" in resolution && resolution.structure.blocks[1]?.steps[0]?.target).toEqual({
      metric: "power",
      unit: "percent",
      min: 45,
      max: 200,
      free: true,
    });
    expect(totalSeconds(text)).toMatchObject({ seconds: 2400, intensityFactor: null, tss: null });
  });

  it("leaves the planned time unknown when a distance step has no target, since its pace is unknown", () => {
    expect(totalSeconds("- 400mtr easy\n- 200mtr 90% Pace", "swim", { thresholdSpeed: 1 })).toMatchObject({ seconds: null, meters: 600 });
    expect(totalSeconds("- 400mtr 80% Pace\n- 200mtr 90% Pace", "swim", { thresholdSpeed: 1 }).seconds).toBe(722);
  });

  it("keeps an RPE as the step's cue", () => {
    expect(blocksOf(read("- 20m RPE 4").structure)).toEqual(["1x active RPE 4 1200s power:percent:45-200 free"]);
  });

  it("takes a free step's range from the metric the rest of the workout uses", () => {
    const resolution = resolveStructure(read("- 10m easy\n- 20m 90% LTHR", "run").structure);
    expect("structure" in resolution && resolution.structure.blocks[0]?.steps[0]?.target).toEqual({
      metric: "thresholdHr",
      unit: "percent",
      min: 65,
      max: 110,
      free: true,
    });
  });

  it('makes a rest of its own from "15s rest" after a swim step', () => {
    expect(blocksOf(read("Main Set 4x\n- 100mtr 90% Pace 15s rest", "swim").structure)).toEqual([
      "4x active 100m pace:percent:90-90 | rest Rest 15s pace:percent:60-130 free",
    ]);
  });

  it("keeps the length of a press-lap step that has one, and marks it as ended by the lap button", () => {
    const { structure, warnings } = read(
      "Main set 3x\n- Hard one - not all out 2m 315w - 330w press lap\n- recover 2m Z2 press lap",
      "run",
    );
    expect(blocksOf(structure)).toEqual([
      "3x active Hard one not all out 120s power:watts:315-330 | rest recover 120s power:percent:56-75",
    ]);
    expect(structure.blocks[0]?.steps.map((step) => step.openDuration)).toEqual([true, true]);
    expect(warnings).toEqual([]);
  });

  it("takes Intervals.icu's timed prompts as the step's cue", () => {
    const { structure } = read("- Settle in 45^Find your rhythm <!> 12m ramp 50-70%");
    expect(structure.blocks[0]?.steps[0]).toMatchObject({
      name: "Settle in; at 45 s: Find your rhythm",
      ramp: true,
      length: { kind: "time", seconds: 720 },
    });
  });

  it("sends a press-lap step with a five-minute placeholder, and says the planned time counts it", () => {
    const { structure, warnings } = read("- Recover press lap 50%");
    expect(structure.blocks[0]?.steps[0]).toMatchObject({ openDuration: true, length: { kind: "time", seconds: 300 } });
    expect(warnings[0]).toBe(
      '1:3 "press lap" gives this step no length, and TrainingPeaks needs one: it is sent as 5 minutes, and the planned time counts it so.',
    );
  });
});

describe("metres written with a bare m", () => {
  it("reads 250m on a swim as metres, and says how it was read", () => {
    const { structure, warnings } = read("- 250m easy", "swim");
    expect(structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "distance", meters: 250, unit: "mtr" });
    expect(warnings[0]).toBe('1:3 "250m" is read as 250 metres (a swim\'s pool distance), not minutes; write 250mtr to make it plain.');
  });

  it("reads a round track distance on a run as metres, with a pace target too", () => {
    expect(blocksOf(read("- 6x 400m 4:00/km Pace", "run").structure)).toEqual(["6x active 400m pace:mps:4.167-4.167"]);
    expect(read("- 800m easy", "run").structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "distance", meters: 800, unit: "mtr" });
  });

  it("keeps minutes where nothing says metres", () => {
    expect(read("- 100m 60%", "bike").structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "time", seconds: 6000 });
    expect(read("- 10m 60% Pace", "swim").structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "time", seconds: 600 });
    expect(read("- 45m 70% Pace", "run").structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "time", seconds: 2700 });
  });
});

describe("a workout that mixes heart rate and pace", () => {
  const cruise = "Warmup\n- 12m Z2 HR\n\nMain Set 3x\n- 6m 96-100% Pace\n- 2m Z1 HR\n\nCooldown\n- 8m Z1 HR";

  it("is sent in pace, its heart-rate zones as the same pace zones, with a warning naming what changed", () => {
    const resolution = resolveStructure(read(cruise, "run").structure);
    if ("error" in resolution) throw new Error(resolution.error);
    expect(resolution.structure.metric).toBe("pace");
    expect(resolution.structure.blocks.map((block) => block.steps.map((step) => [step.target.min, step.target.max]))).toEqual([
      [[78, 88]],
      [
        [96, 100],
        [60, 77],
      ],
      [[60, 77]],
    ]);
    expect(resolution.warnings).toEqual([
      {
        line: 2,
        column: 3,
        message:
          "The steps at lines 2, 6 and 9 are written in threshold heart rate (Z2 HR, Z1 HR); TrainingPeaks takes one kind of target per workout, so they are sent as the same zones of pace (Z2 Pace 78–88 %, Z1 Pace 60–77 %).",
      },
    ]);
  });

  it("is refused, naming the lines to change, when the heart rate is in numbers", () => {
    const resolution = resolveStructure(read("- 15m 80% LTHR\n- 20m 95% Pace", "run").structure);
    expect(resolution).toMatchObject({
      error:
        "This workout mixes heart rate (% of threshold HR) at line 1, column 3 and pace (% of threshold pace) at line 2, column 3; TrainingPeaks takes one kind of target per workout and there is no faithful conversion between them, so write those steps in one kind.",
    });
  });

  it("converts % of max HR into % of threshold HR when both are known", () => {
    const thresholds = { maxHr: 190, thresholdHr: 171 };
    const resolution = resolveStructure(read("- 10m 60% HR\n- 30m 90% LTHR\n- 10m 90% LTHR", "run").structure, { thresholds });
    if ("error" in resolution) throw new Error(resolution.error);
    expect(resolution.structure.metric).toBe("thresholdHr");
    expect(resolution.structure.blocks[0]?.steps[0]?.target).toMatchObject({ min: 66.7, max: 66.7 });
  });
});
