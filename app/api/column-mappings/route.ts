import { readJson, route } from "@/lib/api";
import { requireRequestUser } from "@/lib/auth/current-user";
import { getColumnMapping, saveColumnMapping } from "@/lib/column-mappings/queries";
import { columnMappingQuerySchema, saveColumnMappingRequestSchema } from "@/lib/column-mappings/requests";
import { getDb } from "@/lib/db/client";

// GET /api/column-mappings?key=<header-row key>: the roles the signed-in user chose for plans with this header row.
export const GET = route(async (request) => {
  const { key } = columnMappingQuerySchema.parse({ key: new URL(request.url).searchParams.get("key") });
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  return Response.json({ roles: await getColumnMapping(db, user.id, key) });
});

// PUT /api/column-mappings: remember the roles chosen by hand for this header row (none: forget it).
export const PUT = route(async (request) => {
  const { headers, roles } = saveColumnMappingRequestSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  return Response.json({ roles: await saveColumnMapping(db, user.id, headers, roles) });
});
