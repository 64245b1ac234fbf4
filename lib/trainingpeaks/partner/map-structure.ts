import "server-only";
import type { ResolvedStructure } from "@/lib/workouts/resolve-structure";
import type { IntensityClass, Metric } from "@/lib/workouts/structure";
import { type SentBlock, type SentStep, sentBlocks } from "../map-structure";
import { unitOf } from "../whole-lengths";

// A resolved structure → the Partner API's Structure (Partner doc §4.4): an array of PascalCase
// Step and Repetition elements, built from the same whole-length steps as the web API's (ramps
// already split into steady pieces, lengths whole seconds and metres). A set run once is its
// steps one after another; a repeated set is a Repetition of steps (never nested).

/** How the uncertain parts are written (Partner doc §8.3): the wiki's way by default, the other switchable. */
export type PartnerStructureOptions = {
  /** "whole": 105 means 105 % (the wiki); "fraction": 1.05 (modelled files). */
  percentScale: "whole" | "fraction";
  /** "speed": a pace target is a percentage of threshold speed as PlanDrop holds it; "pace": of threshold pace (100 ÷ the speed share). */
  paceAs: "speed" | "pace";
};
export const DEFAULT_STRUCTURE_OPTIONS: PartnerStructureOptions = { percentScale: "whole", paceAs: "speed" };

const TARGET_UNIT: Record<Metric, string> = {
  power: "PercentOfFtp",
  thresholdHr: "PercentOfThresholdHr",
  maxHr: "PercentOfMaxHr",
  pace: "PercentOfThresholdSpeed",
};
const INTENSITY_CLASS: Record<IntensityClass, string> = { warmUp: "WarmUp", active: "Active", rest: "Rest", coolDown: "CoolDown" };

export type PartnerStep = {
  Type: "Step";
  Name: string;
  IntensityClass: string;
  Length: { Unit: "Second" | "Meter"; Value: number };
  IntensityTarget: { Unit: string; Value: number; MinValue: number; MaxValue: number };
  CadenceTarget?: { Unit: "rpm"; MinValue: number; MaxValue: number };
  OpenDuration?: true;
};
export type PartnerRepetition = { Type: "Repetition"; Length: { Unit: "Repetition"; Value: number }; Steps: PartnerStep[] };
export type PartnerStructure = (PartnerStep | PartnerRepetition)[];

export function toPartnerStructure(
  structure: ResolvedStructure,
  options: PartnerStructureOptions = DEFAULT_STRUCTURE_OPTIONS,
): PartnerStructure {
  const toStep = (sent: SentStep) => partnerStep(sent, structure.metric, options);
  return sentBlocks(structure.blocks).flatMap((block: SentBlock): PartnerStructure => {
    if (block.repeat === 1) return block.steps.map(toStep);
    return [{ Type: "Repetition", Length: { Unit: "Repetition", Value: block.repeat }, Steps: block.steps.map(toStep) }];
  });
}

function partnerStep({ step, value }: SentStep, metric: Metric, options: PartnerStructureOptions): PartnerStep {
  const [min, max] = scaled(step.target.min, step.target.max, metric, options);
  const partner: PartnerStep = {
    Type: "Step",
    Name: step.name,
    IntensityClass: INTENSITY_CLASS[step.intensityClass],
    Length: { Unit: unitOf(step) === "second" ? "Second" : "Meter", Value: value },
    // With a range, Value is its midpoint (Partner doc §4.4).
    IntensityTarget: { Unit: TARGET_UNIT[metric], Value: round((min + max) / 2), MinValue: min, MaxValue: max },
  };
  if (step.cadence) partner.CadenceTarget = { Unit: "rpm", MinValue: Math.round(step.cadence.min), MaxValue: Math.round(step.cadence.max) };
  // A lap-button step still needs its Length (Partner doc §4.4).
  if (step.openDuration) partner.OpenDuration = true;
  return partner;
}

function scaled(min: number, max: number, metric: Metric, options: PartnerStructureOptions): [number, number] {
  // As a share of threshold pace, faster is a smaller number: the bounds swap.
  const [low, high] = metric === "pace" && options.paceAs === "pace" ? [10_000 / max, 10_000 / min] : [min, max];
  const factor = options.percentScale === "fraction" ? 0.01 : 1;
  return [round(low * factor), round(high * factor)];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
