import { z } from "zod";
import { COLUMN_MAPPING_KEY } from "@/lib/plans/column-mapping-key";
import { columnRolesSchema, MAX_PLAN_COLUMNS } from "@/lib/plans/plan-options-schema";

// The bodies and answers of /api/column-mappings.

export const columnMappingQuerySchema = z.object({ key: z.string().regex(COLUMN_MAPPING_KEY, "not a column mapping key") });

export const saveColumnMappingRequestSchema = z
  .object({ headers: z.array(z.string().max(500)).min(1).max(MAX_PLAN_COLUMNS), roles: columnRolesSchema })
  .refine(
    ({ headers, roles }) => Object.keys(roles).every((header) => headers.includes(header)),
    "Every column with a chosen role must be one of the plan's headers.",
  );

export const columnMappingViewSchema = z.object({ roles: columnRolesSchema.nullable() });
export type ColumnMappingView = z.infer<typeof columnMappingViewSchema>;
