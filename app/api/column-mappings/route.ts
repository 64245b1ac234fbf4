import { route } from "@/lib/api";
import { getColumnMapping, saveColumnMapping } from "@/lib/column-mappings/queries";
import { columnMappingQuerySchema, saveColumnMappingRequestSchema } from "@/lib/column-mappings/requests";

// GET /api/column-mappings?key=<header-row key>: the roles the signed-in user chose for plans with this header row.
export const GET = route({ query: columnMappingQuerySchema, user: "required" }, async ({ db, query, user }) => {
  return { roles: await getColumnMapping(db, user.id, query.key) };
});

// PUT /api/column-mappings: remember the roles chosen by hand for this header row (none: forget it).
export const PUT = route({ body: saveColumnMappingRequestSchema, user: "required" }, async ({ db, body, user }) => {
  return { roles: await saveColumnMapping(db, user.id, body.headers, body.roles) };
});
