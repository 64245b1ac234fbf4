import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { ColumnRole } from "@/lib/plans/column-roles";
import { columnMappingKey } from "@/lib/plans/column-mapping-key";
import { columnRolesSchema } from "@/lib/plans/plan-options-schema";

// A signed-in user's remembered column roles, one set per header row.

export async function getColumnMapping(db: Db, userId: string, headersKey: string): Promise<Record<string, ColumnRole> | null> {
  const row = await db.columnMapping.findUnique({ where: { userId_headersKey: { userId, headersKey } }, select: { roles: true } });
  if (!row) return null;
  const roles = columnRolesSchema.safeParse(JSON.parse(row.roles));
  return roles.success ? roles.data : null; // a role name retired since is forgotten, not an error
}

/** Remembers the roles chosen for this header row; an empty choice forgets it. */
export async function saveColumnMapping(
  db: Db,
  userId: string,
  headers: readonly string[],
  roles: Record<string, ColumnRole>,
): Promise<Record<string, ColumnRole> | null> {
  const headersKey = columnMappingKey(headers);
  if (Object.keys(roles).length === 0) {
    await db.columnMapping.deleteMany({ where: { userId, headersKey } });
    return null;
  }
  const json = JSON.stringify(roles);
  await db.columnMapping.upsert({
    where: { userId_headersKey: { userId, headersKey } },
    create: { id: randomUUID(), userId, headersKey, roles: json },
    update: { roles: json },
  });
  return roles;
}
