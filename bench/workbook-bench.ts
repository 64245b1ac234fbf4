// The workbook path: a 10,000-row .xlsx made here (dates as date cells, durations as numbers)
// read into CSV text as the browser does, then parsed as any plan; against the same plan as CSV.
import { parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { readWorkbook } from "../lib/plans/read-workbook";
import { dateCell, makeWorkbook } from "../tests/helpers/workbooks";
import { makePlanCsv, ROWS_PER_DAY } from "./plan-csv";
import { medianMs } from "./timing";

const ROWS = 10_000;
const SPORTS = ["Run", "Bike", "Swim", "Strength", "Day Off"];

const header = ["date", "sport", "title", "description", "duration", "distance", "distance_unit", "tss", "if"];
const rows = Array.from({ length: ROWS }, (_, i) => [
  dateCell(new Date(Date.UTC(2027, 0, 4 + Math.floor(i / ROWS_PER_DAY))).toISOString().slice(0, 10)),
  SPORTS[i % SPORTS.length] ?? "Run",
  `Session ${i}`,
  `Steady work, then ${i % 5} strides.\nKeep it relaxed.`,
  30 + (i % 90),
  5 + (i % 20),
  "km",
  20 + (i % 100),
  Number(`0.${70 + (i % 25)}`),
]);
const workbook = await makeWorkbook([{ sheet: "Plan", data: [header, ...rows] }]);

const samples: number[] = [];
let readRows = 0;
for (let run = 0; run < 6; run++) {
  const started = performance.now();
  const sheets = await readWorkbook(workbook);
  if (typeof sheets === "string") throw new Error(sheets);
  const plan = parsePlanCsv(sheets[0]?.csv ?? "");
  if (!plan.ok) throw new Error(plan.fileError);
  readRows = plan.rows.filter((row) => row.workout).length;
  if (run > 0) samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const workbookMs = samples[Math.floor(samples.length / 2)] ?? 0;
const csv = makePlanCsv(ROWS);
const csvMs = medianMs(() => parsePlanCsv(csv), 5);

console.log(
  `Workbook, ${ROWS.toLocaleString("en-US")} rows (.xlsx of ${(workbook.byteLength / 1024).toFixed(0)} KB): ${readRows.toLocaleString("en-US")} rows ready; read + parse ${workbookMs.toFixed(0)} ms, against ${csvMs.toFixed(0)} ms for the same plan as CSV`,
);
