import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

// Writes a job's rows in batches. On PostgreSQL each batch is one multi-row INSERT: Prisma's
// createMany there took 100 s and 1 GB of memory for the 50,000 rows of the largest allowed
// import (measured by bench/create-bench.ts), this takes seconds. On SQLite createMany already
// runs as small statements and stays fast and flat, so it is kept.

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type RowData = Prisma.ImportRowCreateManyInput;

const ROWS_PER_INSERT = 500;

export async function insertImportRows(tx: Tx, provider: "sqlite" | "postgresql", rows: RowData[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    if (provider === "postgresql") await insertOnPostgres(tx, batch);
    else await tx.importRow.createMany({ data: batch });
  }
}

async function insertOnPostgres(tx: Tx, batch: RowData[]) {
  if (batch.length === 0) return;
  const columns = [...columnsOf(batch), "updatedAt"];
  const now = new Date();
  const params: unknown[] = [];
  const tuples = batch.map((row) => {
    const cells = columns.map((column) => {
      const value = column === "updatedAt" ? now : (row as Record<string, unknown>)[column];
      if (value === undefined) return "DEFAULT"; // a column this row leaves out gets the schema's default
      params.push(value);
      return `$${params.length}`;
    });
    return `(${cells.join(", ")})`;
  });
  await tx.$executeRawUnsafe(`INSERT INTO "ImportRow" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`, ...params);
}

/** Every column any row of the batch sets (a later row may set one the first row leaves out). */
function columnsOf(batch: RowData[]): string[] {
  const columns = new Set<string>();
  for (const row of batch) for (const column of Object.keys(row)) if (column !== "updatedAt") columns.add(column);
  return [...columns];
}
