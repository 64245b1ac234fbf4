import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

// Writes a job's rows in small batches. On PostgreSQL each batch is one INSERT … SELECT FROM
// json_populate_recordset(), the batch as one JSON parameter: Prisma's createMany there took
// 100 s and 1 GB of memory for the 50,000 rows of the largest allowed import, a parameter per
// cell (a multi-row VALUES) or 500-row batches left hundreds of MB of garbage; this and 50-row
// batches keep the peak under 400 MB (bench/create-bench.ts). On SQLite createMany already runs
// as small statements and stays flat, so it is kept.

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type RowData = Prisma.ImportRowCreateManyInput;

export const ROWS_PER_INSERT = 50;

export async function insertImportRows(tx: Tx, provider: "sqlite" | "postgresql", rows: RowData[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    if (provider !== "postgresql") await tx.importRow.createMany({ data: batch });
    else for (const group of byColumnsSet(batch)) await insertOnPostgres(tx, group);
  }
}

async function insertOnPostgres(tx: Tx, group: RowData[]) {
  const names = Object.keys(group[0] as RowData)
    .filter((column) => column !== "updatedAt")
    .map((column) => `"${column}"`)
    .join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "ImportRow" (${names}, "updatedAt") SELECT ${names}, $2 FROM json_populate_recordset(null::"ImportRow", $1::json)`,
    JSON.stringify(group),
    new Date(),
  );
}

/** The batch's rows grouped by the columns they set: a column a row leaves out gets the schema's default. */
function byColumnsSet(batch: RowData[]): RowData[][] {
  const groups = new Map<string, RowData[]>();
  for (const row of batch) {
    const columns = Object.keys(row);
    const given = columns.filter((column) => (row as Record<string, unknown>)[column] !== undefined);
    const key = given.sort().join(",");
    const group = groups.get(key) ?? [];
    group.push(
      given.length === columns.length
        ? row
        : (Object.fromEntries(given.map((column) => [column, (row as Record<string, unknown>)[column]])) as RowData),
    );
    groups.set(key, group);
  }
  return [...groups.values()];
}
