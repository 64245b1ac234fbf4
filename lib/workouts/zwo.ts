import { type ResolvedStructure, resolveStructure } from "./resolve-structure";
import type { Step, Thresholds, WorkoutStructure } from "./structure";

// Zwift workout files (.zwo) for bike and run workouts with power targets: one SteadyState per
// step, a two-step repeat as IntervalsT, power as a fraction of FTP.

export type ZwoSource = { title: string; description?: string; sport: string; structure: WorkoutStructure; thresholds?: Thresholds };

export function toZwo(source: ZwoSource): { xml: string } | { error: string } {
  if (source.sport !== "bike" && source.sport !== "run" && source.sport !== "mtb")
    return { error: "Zwift takes bike and run workouts only." };
  const resolution = resolveStructure(source.structure, { thresholds: source.thresholds });
  if ("error" in resolution) return { error: resolution.error };
  if (resolution.structure.metric !== "power") return { error: "Zwift files take power targets; this workout uses another kind." };
  if (resolution.structure.blocks.some((block) => block.steps.some((step) => step.length.kind !== "time")))
    return { error: "Zwift files take timed steps only." };
  return { xml: document(source, resolution.structure) };
}

export function zwoFileName(date: string | undefined, title: string): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "workout";
  return `${date ? `${date}-` : ""}${slug}.zwo`;
}

function document(source: ZwoSource, structure: ResolvedStructure): string {
  const body = structure.blocks.flatMap((block) => {
    const [on, off] = block.steps;
    if (block.repeat > 1 && block.steps.length === 2 && on && off) {
      return [
        `    <IntervalsT Repeat="${block.repeat}" OnDuration="${seconds(on)}" OffDuration="${seconds(off)}" OnPower="${power(on)}" OffPower="${power(off)}"${cadence(on)}/>`,
      ];
    }
    return Array.from({ length: block.repeat }, () =>
      block.steps.map((step) => `    <SteadyState Duration="${seconds(step)}" Power="${power(step)}"${cadence(step)}/>`),
    ).flat();
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<workout_file>",
    "  <author>PlanDrop</author>",
    `  <name>${escapeXml(source.title)}</name>`,
    `  <description>${escapeXml(source.description ?? "")}</description>`,
    `  <sportType>${source.sport === "run" ? "run" : "bike"}</sportType>`,
    "  <workout>",
    ...body,
    "  </workout>",
    "</workout_file>",
    "",
  ].join("\n");
}

function seconds(step: Step): number {
  return step.length.kind === "time" ? Math.round(step.length.seconds) : 0;
}

function power(step: Step): string {
  return ((step.target.min + step.target.max) / 200).toFixed(3);
}

function cadence(step: Step): string {
  return step.cadence ? ` Cadence="${Math.round((step.cadence.min + step.cadence.max) / 2)}"` : "";
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
