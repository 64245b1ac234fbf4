import { z } from "zod";
import { planChangeSchema } from "@/lib/plan-edits/plan-changes";
import { MAX_PLAN_BYTES } from "@/lib/plans/limits";
import { columnRolesSchema, distanceUnitSchema } from "@/lib/plans/plan-options-schema";
import { sportSchema } from "@/lib/plans/sports";

// The loaded plan as this browser keeps it between pages and reloads: its text, the user's fixes
// and the answers given in the preview. Never a token: a pasted one stays in sessionStorage only.

const dateSchema = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

export const savedPlanSchema = z.object({
  version: z.literal(1),
  plan: z.object({ text: z.string().max(MAX_PLAN_BYTES * 2), fileName: z.string().max(500) }),
  changes: z.array(planChangeSchema).max(100_000),
  options: z.object({
    startDate: dateSchema,
    raceDate: dateSchema,
    dateOrder: z.enum(["dmy", "mdy"]).optional(),
    widenPercent: z.number().min(0).max(100),
    columns: z.object({
      key: z.string().nullable(),
      headers: z.array(z.string()).nullable(),
      roles: columnRolesSchema,
      remembered: z.boolean(),
    }),
    defaultSport: sportSchema.optional(),
    distanceUnit: distanceUnitSchema.optional(),
  }),
  athletes: z.record(z.string().max(100), z.object({ selected: z.boolean(), startDate: dateSchema, raceDate: dateSchema })),
});
export type SavedPlan = z.infer<typeof savedPlanSchema>;
