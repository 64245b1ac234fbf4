import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layers of lib/imports (README, "Code map") as rules a change cannot break quietly: only
// data/ touches the import tables, and what the browser loads from wire/ and browser/ reaches no
// server-only module, no Prisma and no Node module.

const root = path.resolve(import.meta.dirname, "../../..");
const DATA = "lib/imports/data/";
const SOURCE_FOLDERS = ["lib", "app", "components", "scripts", "bench"];
const IMPORT_TABLE = /\.(importJob|importRow|ledgerEntry)\b/;
const RAW_SQL = /\$(queryRaw|executeRaw)/;
const IMPORT_TABLE_NAME = /\b(ImportJob|ImportRow|LedgerEntry)\b/;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (relative !== "lib/generated") found.push(...sourceFiles(relative));
    } else if (/\.(ts|tsx|mjs)$/.test(entry.name)) found.push(relative);
  }
  return found;
}

const rootFiles = fs.readdirSync(root).filter((name) => /\.(ts|tsx)$/.test(name));
const allSource = [...SOURCE_FOLDERS.flatMap(sourceFiles), ...rootFiles];
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function touchesImportTables(text: string): boolean {
  return IMPORT_TABLE.test(text) || (RAW_SQL.test(text) && IMPORT_TABLE_NAME.test(text));
}

type Import = { from: string; typeOnly: boolean };

/** The modules a file imports, and whether each import is of types only (erased from what runs). */
function importsOf(text: string): Import[] {
  const found: Import[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+([^;"']*?)\s+from\s+["']([^"']+)["']/gm)) {
    const clause = (match[1] ?? "").trim();
    const names = clause.match(/^\{([\s\S]*)\}$/)?.[1];
    const typeOnly =
      clause.startsWith("type ") ||
      (names
        ?.split(",")
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith("type ")) ??
        false);
    found.push({ from: match[2] as string, typeOnly });
  }
  for (const match of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push({ from: match[1] as string, typeOnly: false });
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push({ from: match[1] as string, typeOnly: false });
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.posix.join(path.posix.dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from} imports ${specifier}, which is not there`);
}

const SERVER_PACKAGE =
  /^(node:|@prisma\/|@\/lib\/generated\/|@\/lib\/db\/)|^(server-only|fs|path|crypto|os|child_process|http|https|v8|vm)$/;

/**
 * Why a browser-side module would pull server code into the page: it (or a module it loads)
 * declares itself server-only, or imports Prisma, the database or Node. Type-only imports load
 * nothing, so they are not followed; Prisma and Node are refused even as types.
 */
function serverReach(start: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    if (/^\s*import\s+["']server-only["']/m.test(text)) problems.push(`${[...chain, file].join(" → ")} is server-only`);
    for (const { from, typeOnly } of importsOf(text)) {
      if (SERVER_PACKAGE.test(from)) {
        if (from !== "server-only") problems.push(`${[...chain, file].join(" → ")} imports ${from}`);
        continue;
      }
      const target = resolveModule(file, from);
      if (target && !typeOnly) visit(target, [...chain, file]);
    }
  };
  visit(start, []);
  return problems;
}

describe("the layers of lib/imports", () => {
  it("lets only lib/imports/data/ read or write the import tables (jobs, rows, ledger)", () => {
    const touching = allSource.filter((file) => touchesImportTables(read(file)));
    expect(touching.filter((file) => !file.startsWith(DATA))).toEqual([]);
    // The scan sees table access where it is, so an empty list above means something.
    expect(touching).toEqual(expect.arrayContaining([`${DATA}row-claims.ts`, `${DATA}ledger-entries.ts`, `${DATA}insert-rows.ts`]));
  });

  it("counts a table reached through a transaction or raw SQL as touching it, and a type name as not", () => {
    expect(touchesImportTables("await tx.importRow.createMany({ data })")).toBe(true);
    expect(touchesImportTables('await tx.$executeRawUnsafe(`INSERT INTO "ImportRow" SELECT …`)')).toBe(true);
    expect(touchesImportTables('await db.$queryRawUnsafe(`SELECT * FROM "AccountPace"`)')).toBe(false);
    expect(touchesImportTables("type Row = Prisma.ImportRowCreateManyInput; const view: ImportRowView = rowView(row);")).toBe(false);
  });

  const browserSide = [...sourceFiles("lib/imports/wire"), ...sourceFiles("lib/imports/browser")];

  it.each(browserSide)("keeps %s free of server-only code, Prisma and Node", (file) => {
    expect(serverReach(file)).toEqual([]);
  });

  it.each(browserSide)("has %s import nothing, not even a type, from the server's layers of lib/imports", (file) => {
    const serverLayers = importsOf(read(file))
      .map(({ from }) => resolveModule(file, from))
      .filter((target) => target?.startsWith("lib/imports/") && !/^lib\/imports\/(wire|browser)\//.test(target));
    expect(serverLayers).toEqual([]);
  });

  it("sees server code a browser-side module would load, however far down", () => {
    expect(serverReach("lib/imports/engine/run-import.ts")).toContain("lib/imports/engine/run-import.ts is server-only");
    expect(importsOf('import { getDb } from "@/lib/db/client";\nimport type { Db } from "@/lib/db/client";')).toEqual([
      { from: "@/lib/db/client", typeOnly: false },
      { from: "@/lib/db/client", typeOnly: true },
    ]);
    expect(importsOf('import "server-only";\nimport { type A, b } from "./x";')).toEqual([
      { from: "./x", typeOnly: false },
      { from: "server-only", typeOnly: false },
    ]);
  });
});
