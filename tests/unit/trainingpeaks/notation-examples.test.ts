import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toTrainingPeaksStructure } from "@/lib/trainingpeaks/map-structure";
import { parseWorkoutText } from "@/lib/workouts/parse-notation";
import { resolveStructure } from "@/lib/workouts/resolve-structure";
import type { Thresholds } from "@/lib/workouts/structure";
import { checkPostedStructure } from "../../fakes/request-checks";

// Every example in docs/workout-notation.md, read from the doc itself, becomes the structure we
// send, and that structure passes the fake's checks (as strict as TrainingPeaks is known to be).

const doc = readFileSync(new URL("../../../docs/workout-notation.md", import.meta.url), "utf8");
const TOP_EXAMPLE = /```text\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";

function examples(): { title: string; text: string }[] {
  const table = doc.slice(doc.indexOf("## Examples"));
  return table
    .split("\n")
    .filter((line) => /^\| [^|-]/.test(line) && !line.startsWith("| Title"))
    .map((line) => {
      const [title = "", text = ""] = line
        .split("|")
        .slice(1)
        .map((cell) => cell.trim());
      const pieces = [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
      return { title, text: text.startsWith("the multi-line example") ? TOP_EXAMPLE : pieces.join("\n") };
    });
}

function sportOf(title: string, text: string) {
  if (/swim|CSS/i.test(title)) return "swim" as const;
  return /Pace|HR/.test(text) || /run/i.test(title) ? ("run" as const) : ("bike" as const);
}

/** The thresholds an example names in its title (the plan's columns), else an athlete's from TrainingPeaks. */
function thresholdsOf(title: string): Thresholds {
  const pace = /(\d+):(\d+)\/(km|100m)/.exec(title);
  const perMeters = pace?.[3] === "km" ? 1000 : 100;
  const speed = pace ? perMeters / (Number(pace[1]) * 60 + Number(pace[2])) : 1000 / 270;
  return { ftpWatts: Number(/ftp (\d+)/.exec(title)?.[1] ?? 250), thresholdSpeed: speed, thresholdHr: 170, maxHr: 190 };
}

const all = examples();

describe("every example of the workout notation guide", () => {
  it("is found in the guide", () => {
    expect(TOP_EXAMPLE).toContain("Main Set 4x");
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all.every((example) => example.text.length > 0)).toBe(true);
  });

  it.each(all.flatMap((example) => [0, 2].map((widen) => [example.title, widen, example.text] as const)))(
    "%s (widened by %i %%) is sent in a shape TrainingPeaks takes",
    (title, widenPercent, text) => {
      const parsed = parseWorkoutText(text, sportOf(title, text));
      expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      const resolution = resolveStructure(parsed.structure ?? { blocks: [] }, { thresholds: thresholdsOf(title), widenPercent });
      if ("error" in resolution) throw new Error(resolution.error);
      const tp = toTrainingPeaksStructure(resolution.structure);
      expect(checkPostedStructure(JSON.stringify(tp))).toBeNull();
      expect(tp.structure.every((block) => block.type === "repetition" || block.steps.length === 1)).toBe(true);
    },
  );
});
