import { describe, expect, it } from "vitest";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import type { Step } from "@/lib/workouts/structure";

const shape = (text: string, sport: "bike" | "run" | "swim" = "bike") => {
  const parsed = parseWorkoutText(text, sport);
  if (!parsed.structure) throw new Error(parsed.issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`).join("; "));
  return parsed.structure.blocks.map((block) => ({
    repeat: block.repeat,
    steps: block.steps.map((step: Step) =>
      [
        step.intensityClass,
        step.name,
        step.length.kind === "time" ? `${step.length.seconds}s` : `${step.length.meters}m`,
        `${step.target.metric}:${step.target.unit}:${step.target.min}-${step.target.max}`,
        step.ramp ? "ramp" : "",
        step.cadence ? `${step.cadence.min}-${step.cadence.max}rpm` : "",
      ]
        .filter(Boolean)
        .join(" "),
    ),
  }));
};

describe("workout text into steps", () => {
  it.each([
    ["- 30s 150%", [{ repeat: 1, steps: ["active 30s power:percent:150-150"] }]],
    ["- 10m 75%", [{ repeat: 1, steps: ["active 600s power:percent:75-75"] }]],
    ["- 1h 65%", [{ repeat: 1, steps: ["active 3600s power:percent:65-65"] }]],
    ["- 1h30m 65%", [{ repeat: 1, steps: ["active 5400s power:percent:65-65"] }]],
    ["- 1h30 65%", [{ repeat: 1, steps: ["active 5400s power:percent:65-65"] }]],
    ["- 1m30 65%", [{ repeat: 1, steps: ["active 90s power:percent:65-65"] }]],
    ["- 5' 65%", [{ repeat: 1, steps: ["active 300s power:percent:65-65"] }]],
    ['- 30" 65%', [{ repeat: 1, steps: ["active 30s power:percent:65-65"] }]],
    ["- 400mtr 80% Pace", [{ repeat: 1, steps: ["active 400m pace:percent:80-80"] }]],
    ["- 2km 80% Pace", [{ repeat: 1, steps: ["active 2000m pace:percent:80-80"] }]],
    ["- 1mi 80% Pace", [{ repeat: 1, steps: ["active 1609.344m pace:percent:80-80"] }]],
    ["- 100yrd 80% Pace", [{ repeat: 1, steps: ["active 91.44m pace:percent:80-80"] }]],
    ["- 10m 88-94%", [{ repeat: 1, steps: ["active 600s power:percent:88-94"] }]],
    ["- 10m 95% LTHR", [{ repeat: 1, steps: ["active 600s thresholdHr:percent:95-95"] }]],
    ["- 10m 70% HR", [{ repeat: 1, steps: ["active 600s maxHr:percent:70-70"] }]],
    ["- 10m 105% Pace", [{ repeat: 1, steps: ["active 600s pace:percent:105-105"] }]],
    ["- 10m Z2", [{ repeat: 1, steps: ["active 600s power:percent:56-75"] }]],
    ["- 10m Z4 HR", [{ repeat: 1, steps: ["active 600s thresholdHr:percent:94-99"] }]],
    ["- 10m Z3 Pace", [{ repeat: 1, steps: ["active 600s pace:percent:89-95"] }]],
    ["- 10m 220w", [{ repeat: 1, steps: ["active 600s power:watts:220-220"] }]],
    ["- 10m 4:30/km Pace", [{ repeat: 1, steps: ["active 600s pace:mps:3.704-3.704"] }]],
    ["- 400mtr 1:45/100m Pace", [{ repeat: 1, steps: ["active 400m pace:mps:0.952-0.952"] }]],
    ["- 10m 7:15-7:00/km Pace", [{ repeat: 1, steps: ["active 600s pace:mps:2.299-2.381"] }]],
    ["- 10m ramp 50-75%", [{ repeat: 1, steps: ["active 600s power:percent:50-75 ramp"] }]],
    ["- Spin up 5m 60% 95rpm", [{ repeat: 1, steps: ["active Spin up 300s power:percent:60-60 95-95rpm"] }]],
    ["4x\n- 4m 105-110%\n- 3m 50%", [{ repeat: 4, steps: ["active 240s power:percent:105-110", "rest 180s power:percent:50-50"] }]],
    ["4x(4m 105%; 3m 50%)", [{ repeat: 4, steps: ["active 240s power:percent:105-105", "rest 180s power:percent:50-50"] }]],
    [
      "10m 55%; 4x(4m 105%, 3m 50%); 10m 55%",
      [
        { repeat: 1, steps: ["warmUp 600s power:percent:55-55"] },
        { repeat: 4, steps: ["active 240s power:percent:105-105", "rest 180s power:percent:50-50"] },
        { repeat: 1, steps: ["coolDown 600s power:percent:55-55"] },
      ],
    ],
    [
      "Warmup\n- 10m 50-65%\n\nMain Set 4x\n- Hard 4m 105-110% 90-100rpm\n- Easy 3m 50-55%\n\nCooldown\n- 10m 55-60%",
      [
        { repeat: 1, steps: ["warmUp 600s power:percent:50-65"] },
        { repeat: 4, steps: ["active Hard 240s power:percent:105-110 90-100rpm", "rest Easy 180s power:percent:50-55"] },
        { repeat: 1, steps: ["coolDown 600s power:percent:55-60"] },
      ],
    ],
    ["Recovery\n- 20m 50%", [{ repeat: 1, steps: ["rest 1200s power:percent:50-50"] }]],
  ])("reads %j", (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it("reads a bare percentage on a swim as threshold pace", () => {
    const parsed = parseWorkoutText("- 400mtr 80%", "swim");
    expect(parsed.structure?.blocks[0]?.steps[0]?.target.metric).toBe("pace");
    expect(parsed.issues).toEqual([]);
  });

  it.each([
    ["- 75%", 1, 3, "This step has no length: add a time (10m, 30s, 1h) or a distance (400mtr, 2km)."],
    ["Warmup\n- 10m 50%\n- 5m 2km 60%", 3, 6, '"2km" is a second length; a step has one length, a time or a distance.'],
    ["- 10m 60% 70%", 1, 11, '"70%" is a second target; a step has one (add cadence with rpm).'],
    ["- 10m 12parsecs", 1, 7, '"12parsecs" is not a length, target or cadence we know. See the notation guide.'],
    ["- 10m ramp 60%", 1, 3, 'A ramp needs a range, like "ramp 50-75%".'],
    ["3x(2x(1m 100%; 1m 50%))", 1, 1, "Repeats inside repeats cannot be written for TrainingPeaks; write the inner set out."],
    ["Main 4x\nCooldown\n- 5m 60%", 1, 1, "The 4x repeat has no steps under it."],
    ["just some words", 1, 1, 'No steps found: write each step like "- 10m 65%".'],
  ])("points at the line and column of a mistake in %j", (text, line, column, message) => {
    expect(parseWorkoutText(text, "bike").issues).toContainEqual({ line, column, severity: "error", message });
  });
});
