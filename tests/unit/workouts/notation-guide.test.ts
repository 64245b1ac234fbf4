import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toTrainingPeaksStructure } from "@/lib/trainingpeaks/map-structure";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Thresholds } from "@/lib/workouts/structure";
import { structureTotals } from "@/lib/workouts/totals";
import { checkPostedStructure } from "../../fakes/request-checks";

// The notation guide's "Forms people write" table: every text imports, with the planned time or
// distance the guide gives, in a structure the strict fake TrainingPeaks takes. A form the reader
// stops taking turns this red.

const guide = readFileSync(path.join(process.cwd(), "docs/workout-notation.md"), "utf8");
const table = guide.slice(guide.indexOf("## Forms people write"), guide.indexOf("## Examples"));
const rows = table
  .split("\n")
  .filter((line) => /^\|\s*(Bike|Run|Swim)\s+\|/.test(line))
  .map((line) => {
    const [sport = "", text = "", planned = ""] = line.split(" | ").map((cell) =>
      cell
        .replace(/^\| /, "")
        .replace(/\s*\|$/, "")
        .trim(),
    );
    const lines = text.split(" / ").map((part) => part.replace(/^`+ ?|`+$/g, "").replace(/^`/, ""));
    return { sport: sport.toLowerCase() as "bike" | "run" | "swim", text: lines.join("\n"), planned };
  });
const THRESHOLDS: Record<"bike" | "run" | "swim", Thresholds> = {
  bike: { ftpWatts: 250, thresholdHr: 165, maxHr: 185 },
  run: { thresholdHr: 165, maxHr: 185, thresholdSpeed: 1000 / 270 },
  swim: { thresholdSpeed: 100 / 105 },
};

describe("the notation guide's forms", () => {
  it("has its table", () => expect(rows.length).toBeGreaterThanOrEqual(10));

  it.each(rows.map((row) => [row.text.replace(/\n/g, " / "), row] as const))("imports %s", (_name, row) => {
    const parsed = parseWorkoutText(row.text, row.sport);
    expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const resolution = resolveStructure(parsed.structure ?? { blocks: [] }, { thresholds: THRESHOLDS[row.sport] });
    if ("error" in resolution) throw new Error(resolution.error);
    expect(checkPostedStructure(JSON.stringify(toTrainingPeaksStructure(resolution.structure)))).toBeNull();
    const totals = structureTotals(resolution.structure, THRESHOLDS[row.sport]);
    const [value = "", unit] = row.planned.split(" ");
    if (unit === "s") expect(totals.seconds).toBe(Number(value));
    else if (unit === "m") expect(totals.meters).toBeCloseTo(Number(value), 1);
    else if (unit === "yd") expect(totals.meters).toBeCloseTo(Number(value) * 0.9144, 1);
    else expect(row.planned).toBe("—");
  });
});
