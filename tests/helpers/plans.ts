import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import type { PlanOptions } from "@/lib/plans/plan-result";

export function readSample(file: string): string {
  return readFileSync(path.join(process.cwd(), "public", "samples", file), "utf8");
}

/** Parses a plan that must be readable as a whole; fails the test with the file's sentence otherwise. */
export function parseOk(text: string, options: PlanOptions = {}) {
  const result = parsePlanCsv(text, options);
  if (!result.ok) throw new Error(`Expected a readable plan, got: ${result.fileError}`);
  return result;
}
