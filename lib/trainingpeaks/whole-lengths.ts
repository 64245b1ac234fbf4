import "server-only";
import type { Block, Step } from "@/lib/workouts/structure";

// TrainingPeaks' step lengths are whole seconds and whole metres ("Length values are integers" in
// its partner documentation; every production writer sends integers). A ramp's pieces, yards and
// miles are fractional, so each step is rounded down or up, whichever keeps the running total of
// its unit, repeats included, closest to the exact one: the workout's total time and distance stay
// right, and a step already whole is never changed.

export type LengthUnit = "second" | "meter";

export function unitOf(step: Step): LengthUnit {
  return step.length.kind === "time" ? "second" : "meter";
}

function exactLength(step: Step): number {
  return step.length.kind === "time" ? step.length.seconds : step.length.meters;
}

/** Whole lengths for every step of every block, in the step's unit (seconds or metres). */
export function wholeLengths(blocks: Block[]): number[][] {
  const exact: Record<LengthUnit, number> = { second: 0, meter: 0 };
  const sent: Record<LengthUnit, number> = { second: 0, meter: 0 };

  return blocks.map((block) => {
    // What earlier blocks are short or over, shared out over this block's passes.
    const carried = { second: (exact.second - sent.second) / block.repeat, meter: (exact.meter - sent.meter) / block.repeat };
    const passExact: Record<LengthUnit, number> = { second: 0, meter: 0 };
    const passSent: Record<LengthUnit, number> = { second: 0, meter: 0 };
    const lengths = block.steps.map((step) => {
      const unit = unitOf(step);
      const value = exactLength(step);
      passExact[unit] += value;
      const wanted = Math.round(carried[unit] + passExact[unit]) - passSent[unit];
      const whole = Math.max(1, Math.min(Math.ceil(value), Math.max(Math.floor(value), wanted)));
      passSent[unit] += whole;
      return whole;
    });
    for (const unit of ["second", "meter"] as const) {
      exact[unit] += passExact[unit] * block.repeat;
      sent[unit] += passSent[unit] * block.repeat;
    }
    return lengths;
  });
}
