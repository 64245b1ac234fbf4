import type { ColumnRole } from "@/lib/plans/column-roles";
import { columnMappingKey } from "@/lib/plans/column-mapping-key";
import { columnRolesSchema } from "@/lib/plans/plan-options-schema";
import { columnMappingViewSchema } from "./requests";

// The browser's side of remembered column roles: in localStorage for everyone, and on the
// account of a signed-in user so another browser reads the same file the same way.

const STORAGE_PREFIX = "plandrop.columns.";
type Roles = Record<string, ColumnRole>;

export function readLocalMapping(headers: readonly string[]): Roles | null {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + columnMappingKey(headers));
    const roles = stored ? columnRolesSchema.safeParse(JSON.parse(stored)) : null;
    return roles?.success ? roles.data : null;
  } catch {
    return null;
  }
}

export function writeLocalMapping(headers: readonly string[], roles: Roles) {
  try {
    const key = STORAGE_PREFIX + columnMappingKey(headers);
    if (Object.keys(roles).length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(roles));
  } catch {
    // storage full or blocked: the choice still holds for this page
  }
}

export async function fetchAccountMapping(headers: readonly string[]): Promise<Roles | null> {
  const response = await fetch(`/api/column-mappings?key=${columnMappingKey(headers)}`);
  if (!response.ok) return null;
  return columnMappingViewSchema.parse(await response.json()).roles;
}

export async function saveAccountMapping(headers: readonly string[], roles: Roles): Promise<void> {
  await fetch("/api/column-mappings", {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ headers, roles }),
  });
}
