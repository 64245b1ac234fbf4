import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

// Writes a job's rows in batches. On PostgreSQL each batch is one INSERT … SELECT FROM unnest(),
// a parameter per column holding that column's values as an array: Prisma's createMany there
// took 100 s and 1 GB of memory for the 50,000 rows of the largest allowed import, and a
// parameter per cell (a multi-row VALUES) left far more garbage per batch than one per column
// (measured by bench/create-bench.ts). On SQLite createMany already runs as small statements and
// stays fast and flat, so it is kept.

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type RowData = Prisma.ImportRowCreateManyInput;

export const ROWS_PER_INSERT = 500;

export async function insertImportRows(tx: Tx, provider: "sqlite" | "postgresql", rows: RowData[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    if (provider !== "postgresql") await tx.importRow.createMany({ data: batch });
    else for (const group of byColumnsSet(batch)) await insertOnPostgres(tx, group);
  }
}

async function insertOnPostgres(tx: Tx, group: RowData[]) {
  const columns = Object.keys(group[0] as RowData).filter((column) => column !== "updatedAt");
  const arrays = columns.map((column) => group.map((row) => (row as Record<string, unknown>)[column] ?? null));
  const types = arrays.map((values) => (values.some((value) => typeof value === "number") ? "int[]" : "text[]"));
  const names = columns.map((column) => `"${column}"`).join(", ");
  const unnest = types.map((type, index) => `$${index + 1}::${type}`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "ImportRow" (${names}, "updatedAt") SELECT ${names}, $${columns.length + 1} FROM unnest(${unnest}) AS given(${names})`, ...arrays, new Date());
}

/** The batch's rows grouped by the columns they set: a column a row leaves out gets the schema's default. */
function byColumnsSet(batch: RowData[]): RowData[][] {
  const groups = new Map<string, RowData[]>();
  for (const row of batch) {
    const key = Object.keys(row).filter((column) => (row as Record<string, unknown>)[column] !== undefined).sort().join(",");
    const group = groups.get(key) ?? [];
    group.push(Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as RowData);
    groups.set(key, group);
  }
  return [...groups.values()];
}
