import { describe, expect, it } from "vitest";
import { read, blocksOf, totalSeconds, errorsOf } from "../../helpers/workout-text";

// Workout text as people write it (issue 8, item 8): each form below is read into the steps a
// watch runs, with a warning wherever PlanDrop had to decide something.

describe("repeats as people write them", () => {
  it("repeats one step when the step starts with 5x", () => {
    expect(blocksOf(read("- 5x 45s 115%").structure)).toEqual(["5x active 45s power:percent:115-115"]);
  });

  it("writes a repeated step out inside a repeated set, since TrainingPeaks holds no repeat in a repeat", () => {
    const { structure } = read("Main Set 2x\n- 3x 40s 120%\n- 4m 55%");
    expect(blocksOf(structure)).toEqual([
      "2x active 40s power:percent:120-120 | active 40s power:percent:120-120 | active 40s power:percent:120-120 | rest 240s power:percent:55-55",
    ]);
    expect(totalSeconds("Main Set 2x\n- 3x 40s 120%\n- 4m 55%").seconds).toBe(2 * (3 * 40 + 240));
  });

  it("takes steps without bullets under a repeat", () => {
    expect(blocksOf(read("- 10m ramp 45%-75%\n4x\n10m 70%\n6m 84%").structure)).toEqual([
      "1x active 600s power:percent:45-75 ramp",
      "4x active 600s power:percent:70-70 | active 360s power:percent:84-84",
    ]);
  });

  it("takes 3x on a line of its own, with its steps under it", () => {
    expect(blocksOf(read("3x\n- 2m 110%\n- 2m 50%").structure)).toEqual([
      "3x active 120s power:percent:110-110 | rest 120s power:percent:50-50",
    ]);
  });

  it("takes a repeat opened by a bullet, with its steps indented under it", () => {
    const { structure } = read("- 12m 55%\n- 3x\n  - 6m 90%\n  - 3m 55%\n- 8m 50%");
    expect(structure.blocks.map((block) => [block.repeat, block.steps.length])).toEqual([
      [1, 1],
      [3, 2],
      [1, 1],
    ]);
  });

  it("keeps a set's steps together across a blank line under its header, and ends it at the next blank line", () => {
    const { structure } = read("Main Set 3x\n\n- 4m 100%\n- 2m 50%\n\n- 10m 50%");
    expect(structure.blocks.map((block) => [block.repeat, block.steps.length])).toEqual([
      [3, 2],
      [1, 1],
    ]);
  });

  it("refuses a repeat inside a repeat in words, naming both", () => {
    expect(errorsOf("Main Set 3x\n- 2x\n  - 1m 110%\n  - 1m 50%")).toEqual([
      "2:1 This 2x is inside the 3x repeat of line 1, and TrainingPeaks cannot hold repeats inside repeats: write its steps out, or end the 3x set with a blank line first.",
    ]);
  });
});

describe("targets as people write them", () => {
  it.each([
    ["- 10m 60%-70%", "1x active 600s power:percent:60-70"],
    ["- 10m Z2-Z3", "1x active 600s power:percent:56-90"],
    ["- 10m Z1-Z2 HR", "1x active 600s thresholdHr:percent:65-89"],
    ["- 20m 85%LTHR", "1x active 1200s thresholdHr:percent:85-85"],
    ["- 20m 70 % HR", "1x active 1200s maxHr:percent:70-70"],
    ["- 10m 280w - 300w", "1x active 600s power:watts:280-300"],
    ["- 10m 75% 30-40 rpm", "1x active 600s power:percent:75-75 30-40rpm"],
    ["- 20m 140-150bpm", "1x active 1200s thresholdHr:bpm:140-150"],
    ["- Spin recovery 5m at 45%", "1x active Spin recovery 300s power:percent:45-45"],
    ["- 15m 75% of FTP", "1x active 900s power:percent:75-75"],
    ["- 10m 62-68% HR", "1x active 600s maxHr:percent:62-68"],
  ])("reads %j", (text, expected) => {
    expect(blocksOf(read(text).structure)).toEqual([expected]);
  });

  it("reads zone ranges of pace on a run", () => {
    expect(blocksOf(read("- 10m Z2-Z4 Pace", "run").structure)).toEqual(["1x active 600s pace:percent:78-100"]);
  });

  it("holds a falling range without ramp as one steady step, as Intervals.icu does, and says so", () => {
    const { structure, warnings } = read("- 15m 65%-45%");
    expect(blocksOf(structure)).toEqual(["1x active 900s power:percent:45-65"]);
    expect(warnings).toEqual([
      '1:7 "65%-45%" falls; without "ramp" a range is one steady step (as in Intervals.icu), so the step holds 45-65%. Write "ramp 65%-45%" to fall gradually.',
    ]);
  });

  it("keeps the direction of a pace ramp", () => {
    const step = read("- 12m ramp 6:00-5:00/km Pace", "run").structure.blocks[0]?.steps[0];
    expect([step?.target.min, step?.target.max, step?.ramp]).toEqual([2.778, 3.333, true]);
  });

  it.each([
    ["- 2km 5:00/km Pace", 3.333],
    ["- 1mi 8:00/mi", 3.353],
    ["- 400mtr 1:40/100m Pace", 1],
    ["- 400yrd 1:30/100y", 1.016],
    ["- 2km 2:00/500m", 4.167],
  ])("reads the pace in %j as a speed", (text, speed) => {
    expect(read(text, text.includes("/100") ? "swim" : "run").structure.blocks[0]?.steps[0]?.target).toMatchObject({
      unit: "mps",
      min: speed,
      max: speed,
    });
  });

  it("reads a heart rate written as 145 HR as beats per minute, and 1 hr as an hour", () => {
    expect(blocksOf(read("- 1 hr 140-150 HR", "run").structure)).toEqual(["1x active 3600s thresholdHr:bpm:140-150"]);
  });

  it("reads a clock after the length as a pace in the sport's usual unit, and says so", () => {
    const { structure, warnings } = read("- 1600m @ 5:00-4:30", "run");
    expect(blocksOf(structure)).toEqual(["1x active 1600m pace:mps:3.333-3.704"]);
    expect(warnings).toContain('1:11 "5:00-4:30" after the length is read as a pace per km; write 5:00-4:30/km Pace to make it plain.');
  });

  it("reads quick-plan's steps: cues that name the class, repeat: N, lap-button and long clock times", () => {
    const text =
      "running: 12k, 3x 1.6k @TMP\n- warmup: 2km @z2\n- repeat: 3\n  - run: 1600m @ 5:00-4:40\n  - recover: 600m @z1\n- run: 90:00\n- cooldown: lap-button";
    const { structure } = read(text, "run");
    expect(
      structure.blocks.map((block) => [
        block.repeat,
        block.steps
          .map((step) => `${step.intensityClass} ${step.length.kind === "time" ? `${step.length.seconds}s` : `${step.length.meters}m`}`)
          .join(", "),
      ]),
    ).toEqual([
      [1, "warmUp 2000m"],
      [3, "active 1600m, rest 600m"],
      [1, "active 5400s"],
      [1, "coolDown 300s"],
    ]);
    expect(structure.blocks[3]?.steps[0]?.openDuration).toBe(true);
  });

  it("reads steps on one line separated by commas, and yards written as y", () => {
    expect(blocksOf(read("10m 60%, 3x(4m 105%, 3m 50%), 10m 55%").structure).map((block) => block.slice(0, 2))).toEqual(["1x", "3x", "1x"]);
    expect(read("- 200y 80% Pace", "swim").structure.blocks[0]?.steps[0]?.length).toEqual({
      kind: "distance",
      meters: 182.88,
      unit: "yrd",
    });
  });

  it("reads a pace per 100 yards written with min/100yds, as it reads 1:40/100yds", () => {
    expect(read("- 10m 1:40 min/100yds", "swim").structure.blocks[0]?.steps[0]?.target).toMatchObject({
      unit: "mps",
      min: 0.914,
      max: 0.914,
      written: "1:40/100yds",
    });
  });

  it("reads a pace written with min/km", () => {
    expect(read("- 3km 5:10 min/km", "run").structure.blocks[0]?.steps[0]?.target).toMatchObject({ unit: "mps", min: 3.226, max: 3.226 });
  });

  it("says why a share of best power or a custom zone cannot be sent", () => {
    expect(errorsOf("- 5m 90% MMP 5m")).toEqual([
      '1:6 "90% MMP" is a share of the athlete\'s best power over a duration, which TrainingPeaks cannot hold; write it as % of FTP or in watts.',
    ]);
    expect(errorsOf("- 5m CZ2")).toEqual([
      '1:6 "CZ2" is one of the athlete\'s own zones in Intervals.icu, which PlanDrop cannot see; write it as Z1 to Z7 or as a percentage.',
    ]);
  });

  it("names a step that ends on a condition as the cause", () => {
    expect(errorsOf("3X\nBike - Pwr Zone 6 until HR above 180\nRecover - Pwr Zone 1 until HR below 140")).toEqual([
      '2:19 "until HR above 180" ends the step on a condition, which TrainingPeaks cannot hold: give the step a time or a distance.',
      '3:22 "until HR below 140" ends the step on a condition, which TrainingPeaks cannot hold: give the step a time or a distance.',
    ]);
  });

  it("names an unknown zone as the cause, not a missing target", () => {
    expect(errorsOf("- 10m Z2-Z9")).toEqual(['1:7 "Z2-Z9" is not a zone we know: zones run from Z1 to Z7.']);
  });
});

describe("the rest of what people write", () => {
  it("reads headers with markdown, colons and (3x), and text before the steps", () => {
    const text = "Keep it smooth today.\n\n## Warm up:\n* 10m 55%\n\n**Main set (3x):**\n• 5m 95%\n• 3m 55%\n\nCool down\n- 5m 50%";
    expect(blocksOf(read(text).structure)).toEqual([
      "1x warmUp 600s power:percent:55-55",
      "3x active 300s power:percent:95-95 | rest 180s power:percent:55-55",
      "1x coolDown 300s power:percent:50-50",
    ]);
  });

  it("takes a first line set apart by a blank line as the title, which sets no class and is no step", () => {
    expect(blocksOf(read("Easy Run\n\n- 45m Z2 HR", "run").structure)).toEqual(["1x active 2700s thresholdHr:percent:82-89"]);
    expect(read("600m Repeats\n\nMain Set 6x\n- 600m 105% Pace\n- 2m 60% Pace", "run").structure.blocks).toHaveLength(1);
    expect(read("10m 60%\n\n- 20m 80%").structure.blocks).toHaveLength(2);
  });

  it("says once that the bare-m distances of a swim are read as metres", () => {
    const { warnings } = read("- 400m 80% Pace\n- 8x 50m 95% Pace\n- 200m 70% Pace", "swim");
    expect(warnings).toEqual([
      '1:3 "400m" and the other distances written with a bare m (lines 2 and 3) are read as metres (a swim\'s pool distance), not minutes; write mtr to make it plain.',
    ]);
  });

  it.each([
    ["- 1h2m30s 60%", 3750],
    ["- 4' 60%", 240],
    ['- 20" 60%', 20],
    ["- 1'30\" 60%", 90],
    ["- 10 min 60%", 600],
    ["- 1:30:00 60%", 5400],
  ])("reads the time in %j", (text, seconds) => {
    expect(read(text).structure.blocks[0]?.steps[0]?.length).toEqual({ kind: "time", seconds });
  });
});
