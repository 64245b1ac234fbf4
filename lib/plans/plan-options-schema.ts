import { z } from "zod";
import { COLUMN_ROLES } from "./column-roles";
import { sportSchema } from "./sports";

// The answers a user gives in the preview that change how a plan is read, as they cross a border
// (the import request, the saved column mapping). The parse itself takes them as PlanOptions.

export const MAX_PLAN_COLUMNS = 200;

/** The role chosen for each column, keyed by its header exactly as in the file. */
export const columnRolesSchema = z
  .record(z.string().max(500), z.enum(COLUMN_ROLES))
  .refine((roles) => Object.keys(roles).length <= MAX_PLAN_COLUMNS, `A plan has at most ${MAX_PLAN_COLUMNS} columns.`);

export const distanceUnitSchema = z.enum(["m", "km", "mi", "yd"]);

export const planReadingSchema = z.object({
  columnRoles: columnRolesSchema.optional(),
  defaultSport: sportSchema.optional(),
  distanceUnit: distanceUnitSchema.optional(),
});
export type PlanReading = z.infer<typeof planReadingSchema>;
