// `npm run bench`: the speed figures the issues ask for, each in a fresh process so one
// measurement's memory and warm-up do not colour the next. Measured, not asserted.
// The import runs with the server's own memory settings (scripts/server-env.sh); the plan
// pipeline is the pure code the browser runs too, so it runs with Node's defaults.
import { spawnSync } from "node:child_process";

const runs = [
  ["./node_modules/.bin/tsx", ["bench/first-load-bench.ts"]],
  ["./node_modules/.bin/tsx", ["bench/parse-bench.ts"]],
  ["./node_modules/.bin/tsx", ["bench/edit-bench.ts"]],
  ["./node_modules/.bin/tsx", ["bench/corpus-bench.ts"]],
  ["./node_modules/.bin/tsx", ["bench/workbook-bench.ts"]],
  ["./node_modules/.bin/tsx", ["bench/workout-corpus-bench.ts"]],
  ["bash", ["-c", "source scripts/server-env.sh && exec ./node_modules/.bin/tsx bench/import-bench.ts"]],
  ["bash", ["-c", "source scripts/server-env.sh && exec ./node_modules/.bin/tsx bench/bulk-bench.ts"]],
  ["bash", ["-c", "source scripts/server-env.sh && exec ./node_modules/.bin/tsx bench/create-bench.ts"]],
  ["bash", ["-c", "source scripts/server-env.sh && exec ./node_modules/.bin/tsx bench/engine-bench.ts"]],
] as const;

for (const [command, args] of runs) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
