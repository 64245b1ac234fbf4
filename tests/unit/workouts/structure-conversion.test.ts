import { describe, expect, it } from "vitest";
import { resolvePlanStructures } from "@/lib/imports/create/resolve-plan-structures";
import { toTrainingPeaksStructure } from "@/lib/trainingpeaks/map-structure";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { WorkoutStructure } from "@/lib/workouts/structure";
import { structureTotals } from "@/lib/workouts/totals";
import { toZwo } from "@/lib/workouts/zwo";
import { parseOk, readSample } from "../../helpers/plans";

const VO2 = "Warmup\n- 10m 50-65%\n\nMain Set 4x\n- Hard 4m 105-110% 90-100rpm\n- Easy 3m 50-55%\n\nCooldown\n- 10m 55-60%";
const parsed = (text: string, sport: "bike" | "run" | "swim" = "bike") => parseWorkoutText(text, sport).structure as WorkoutStructure;
const resolved = (structure: WorkoutStructure, options = {}) => {
  const resolution = resolveStructure(structure, options);
  if ("error" in resolution) throw new Error(resolution.error);
  return resolution.structure;
};

describe("the TrainingPeaks structure", () => {
  it("matches the complete example in the API notes, polyline and totals included", () => {
    const structure = resolved(parsed(VO2));
    const tp = toTrainingPeaksStructure(structure);
    expect(tp).toMatchObject({
      primaryLengthMetric: "duration",
      primaryIntensityMetric: "percentOfFtp",
      primaryIntensityTargetOrRange: "range",
    });
    expect(tp.structure.map((block) => [block.type, block.length.value, block.begin, block.end])).toEqual([
      ["step", 1, 0, 600],
      ["repetition", 4, 600, 2280],
      ["step", 1, 2280, 2880],
    ]);
    expect(tp.structure[1]?.steps[0]).toEqual({
      type: "step",
      name: "Hard",
      length: { value: 240, unit: "second" },
      targets: [
        { minValue: 105, maxValue: 110 },
        { minValue: 90, maxValue: 100, unit: "roundOrStridePerMinute" },
      ],
      intensityClass: "active",
      openDuration: false,
    });
    expect(tp.polyline.slice(0, 8)).toEqual([
      [0, 0],
      [0, 0.591],
      [0.208, 0.591],
      [0.208, 0],
      [0.208, 1],
      [0.292, 1],
      [0.292, 0],
      [0.292, 0.5],
    ]);
    expect(tp.polyline.at(-2)).toEqual([1, 0.545]);
    expect(structureTotals(structure)).toEqual({ seconds: 2880, meters: null, intensityFactor: 0.845, tss: 57.1 });
  });

  it("makes a distance workout for metre steps, keeping rests in seconds", () => {
    const tp = toTrainingPeaksStructure(resolved(parsed("Main Set 8x\n- 100mtr 100-104% Pace\n- Rest 15s 50% Pace", "swim")));
    expect(tp).toMatchObject({
      primaryLengthMetric: "distance",
      primaryIntensityMetric: "percentOfThresholdPace",
      visualizationDistanceUnit: "meter",
    });
    expect(tp.structure[0]?.steps.map((step) => step.length)).toEqual([
      { value: 100, unit: "meter" },
      { value: 15, unit: "second" },
    ]);
  });

  it("converts watts and paces with the thresholds, and says which one is missing", () => {
    expect(resolved(parsed("- 10m 220-250w"), { thresholds: { ftpWatts: 250 } }).blocks[0]?.steps[0]?.target).toMatchObject({
      unit: "percent",
      min: 88,
      max: 100,
    });
    expect(
      resolved(parsed("- 10m 4:30/km Pace", "run"), { thresholds: { thresholdSpeed: 3.704 } }).blocks[0]?.steps[0]?.target,
    ).toMatchObject({ min: 100, max: 100 });
    expect(resolveStructure(parsed("- 10m 220w"))).toEqual({
      error: "Line 1, column 3: 220w needs the athlete's FTP: add an ftp column to the plan, or set FTP in TrainingPeaks.",
      needs: "Line 1, column 3: 220w needs the athlete's FTP",
      missing: "ftpWatts",
      warnings: [],
    });
  });

  it("refuses a workout that mixes power and heart rate, in words", () => {
    expect(resolveStructure(parsed("10m 60%; 20m 90% LTHR"))).toEqual({
      error:
        "This workout mixes power (% of FTP) at line 1, column 1 and heart rate (% of threshold HR) at line 1, column 10; TrainingPeaks takes one kind of target per workout and there is no faithful conversion between them, so write those steps in one kind.",
      warnings: [],
    });
  });

  it("widens single values by the chosen band and leaves ranges alone", () => {
    const steps = resolved(parsed("10m 90%; 10m 80-85%"), { widenPercent: 2 }).blocks.flatMap((block) => block.steps);
    expect(steps.map((step) => [step.target.min, step.target.max])).toEqual([
      [88, 92],
      [80, 85],
    ]);
  });

  it("sends a ramp as short steady steps climbing evenly", () => {
    const steps = resolved(parsed("- 10m ramp 50-75%")).blocks[0]?.steps ?? [];
    expect(steps).toHaveLength(10);
    expect(steps.map((step) => step.target.min)).toEqual([50, 52.5, 55, 57.5, 60, 62.5, 65, 67.5, 70, 72.5]);
    expect(steps.every((step) => step.length.kind === "time" && step.length.seconds === 60)).toBe(true);
  });

  it("writes Zwift files for power workouts only", () => {
    const zwo = toZwo({ title: "4x4 <VO2>", sport: "bike", structure: parsed(VO2) });
    expect("xml" in zwo && zwo.xml).toContain(
      '<IntervalsT Repeat="4" OnDuration="240" OffDuration="180" OnPower="1.075" OffPower="0.525" Cadence="95"/>',
    );
    expect("xml" in zwo && zwo.xml).toContain("<name>4x4 &lt;VO2&gt;</name>");
    expect(toZwo({ title: "HR", sport: "run", structure: parsed("- 30m 80% LTHR", "run") })).toEqual({
      error: "Zwift files take power targets; this workout uses another kind.",
    });
  });
});

describe("structured rows of a plan", () => {
  it("fills planned time, TSS and IF from the steps, and warns when the plan's own differ by more than 10 %", () => {
    const plan = parseOk(`date,sport,title,duration,structure\n2027-04-05,Bike,A,,"${VO2}"\n2027-04-06,Bike,B,90,"${VO2}"\n`);
    expect(plan.rows[0]?.workout).toMatchObject({ durationSeconds: 2880, tss: 57.1, intensityFactor: 0.845 });
    expect(plan.rows[1]?.workout?.durationSeconds).toBe(5400);
    expect(plan.rows[1]?.issues[0]?.message).toBe(
      "The plan says 90 min but the workout's steps add up to 48 min; the plan's value is used.",
    );
  });

  it("points a structure error at its line and column, and keeps the row out", () => {
    const plan = parseOk('date,sport,title,structure\n2027-04-05,Bike,A,"Warmup\n- 10m 50%\n- 5m 60% 70%"\n');
    expect(plan.rows[0]?.status).toBe("error");
    expect(plan.rows[0]?.issues[0]).toMatchObject({
      column: "structure",
      message: 'Line 3, column 10: "70%" is a second target; a step has one (add cadence with rpm).',
    });
  });

  it("warns that an absolute pace needs the threshold pace, quoting the whole pace (not cut at its colon)", () => {
    const plan = parseOk("date,sport,title,structure\n2027-04-05,Run,A,- 20m 4:30/km Pace\n");
    expect(plan.rows[0]?.status).not.toBe("error");
    expect(plan.rows[0]?.issues.map((issue) => issue.message)).toEqual([
      "Line 1, column 3: 4:30/km needs the athlete's threshold pace; PlanDrop reads it from TrainingPeaks when importing, or add it to the plan.",
    ]);
  });

  it("imports a run mixing heart-rate zones and pace in pace, and the preview names what changed", () => {
    const plan = parseOk(
      'date,sport,title,structure\n2027-04-05,Run,Cruise,"Warmup\n- 10m Z2 HR\nMain Set 2x\n- 5m 97% Pace\n- 1m Z1 HR"\n',
    );
    expect(plan.rows[0]?.status).not.toBe("error");
    expect(plan.rows[0]?.issues.map((issue) => issue.message)).toEqual([
      "Line 2, column 3: The steps at lines 2 and 5 are written in threshold heart rate (Z2 HR, Z1 HR); TrainingPeaks takes one kind of target per workout, so they are sent as the same zones of pace (Z2 Pace 78–88 %, Z1 Pace 60–77 %).",
    ]);
    expect(plan.rows[0]?.workout?.durationSeconds).toBe(600 + 2 * 360);
  });

  it("reads a description that is a workout block, and leaves ordinary descriptions alone", () => {
    const plan = parseOk(
      'date,sport,title,description\n2027-04-05,Bike,A,"- 10m 60%\n- 20m 90%"\n2027-04-06,Run,B,"- 3 easy miles, chat pace"\n2027-04-07,Run,C,"- 45 minutes easy\n- 10 min walk"\n',
    );
    expect(plan.rows[0]?.workout?.structure?.blocks).toHaveLength(2);
    expect(plan.rows[0]?.workout?.durationSeconds).toBe(1800);
    expect(plan.rows[0]?.issues).toEqual([]);
    expect(plan.rows[1]?.workout?.structure).toBeUndefined();
    expect(plan.rows[1]?.status).toBe("ok");
    expect(plan.rows[2]?.workout?.structure).toBeUndefined();
    expect(plan.rows[2]?.issues).toEqual([]);
  });

  it("keeps the plan's own duration when it equals the first step of a description read as steps", () => {
    const plan = parseOk('date,sport,title,duration,description\n2027-04-05,Bike,A,10,"- 10m 60%\n- 20m 90%"\n');
    expect(plan.rows[0]?.workout?.structure?.blocks).toHaveLength(2);
    expect(plan.rows[0]?.workout?.durationSeconds).toBe(600);
    expect(plan.rows[0]?.issues.map((issue) => issue.severity)).toContain("warning");
  });

  it("reads a description whose steps are bulleted with * or •, and keeps bulleted prose a description", () => {
    const plan = parseOk(
      'date,sport,title,description\n2027-04-05,Bike,A,"* 10m 60%\n* 20m 90%"\n2027-04-06,Bike,B,"• 15m 55%\nMain Set 3x\n• 2m 110%\n• 2m 50%"\n2027-04-07,Run,C,"• Easy run with friends\n• Stretch after"\n2027-04-08,Run,D,"Relaxed • 40 minutes • chat pace"\n',
    );
    expect(plan.rows[0]?.workout?.structure?.blocks).toHaveLength(2);
    expect(plan.rows[0]?.workout?.durationSeconds).toBe(1800);
    expect(plan.rows[1]?.workout?.structure?.blocks.map((block) => block.repeat)).toEqual([1, 3]);
    expect(plan.rows[1]?.workout?.durationSeconds).toBe(900 + 3 * 240);
    expect(plan.rows[1]?.issues).toEqual([]);
    expect(plan.rows[2]?.workout).toMatchObject({ description: "• Easy run with friends\n• Stretch after" });
    expect(plan.rows[2]?.workout?.structure).toBeUndefined();
    expect(plan.rows[2]?.issues).toEqual([]);
    expect(plan.rows[3]?.workout?.structure).toBeUndefined();
    expect(plan.rows[3]?.issues).toEqual([]);
  });

  it("resolves watts with the athlete's TrainingPeaks FTP when importing, or keeps the row out with a sentence", async () => {
    const plan = parseOk("date,sport,title,structure\n2027-04-05,Bike,A,10m 150w; 20m 250w\n");
    const withFtp = await resolvePlanStructures(plan.rows, 0, async () => ({ ftpWatts: 250 }));
    expect(withFtp[0]?.workout?.structure?.blocks.map((block) => block.steps[0]?.target)).toEqual([
      { metric: "power", unit: "percent", min: 60, max: 60 },
      { metric: "power", unit: "percent", min: 100, max: 100 },
    ]);
    expect(withFtp[0]?.workout?.durationSeconds).toBe(1800);
    const without = await resolvePlanStructures(plan.rows, 0, async () => ({}));
    expect(without[0]).toMatchObject({ status: "error", workout: null });
    expect(without[0]?.issues.at(-1)?.message).toBe(
      "Line 1, column 1: 150w needs the athlete's FTP: add an ftp column to the plan, or set FTP in TrainingPeaks.",
    );
  });

  it("reads every example of the notation guide's sample plan", () => {
    const plan = parseOk(readSample("plan-structured.csv"));
    expect(plan.rows.filter((row) => row.workout?.structure)).toHaveLength(11);
    expect(plan.rows.filter((row) => row.status === "error")).toEqual([]);
  });
});
