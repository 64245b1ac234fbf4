// Parse, check and map a 10,000-row plan, against papaparse alone on the same text.
import Papa from "papaparse";
import { PAPA_OPTIONS, parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { summarizePlan } from "../lib/plans/summarize-plan";
import { toWorkoutPayload } from "../lib/trainingpeaks/map-workout";
import { makePlanCsv } from "./plan-csv";
import { medianMs } from "./timing";

const ROWS = 10_000;
const csv = makePlanCsv(ROWS);
const papaOnly = medianMs(() => Papa.parse(csv, PAPA_OPTIONS));
const pipeline = medianMs(() => {
  const plan = parsePlanCsv(csv);
  if (!plan.ok) throw new Error(plan.fileError);
  summarizePlan(plan.rows);
  for (const row of plan.rows) if (row.workout) toWorkoutPayload(row.workout, "1234567");
});
console.log(`Plan pipeline, ${ROWS.toLocaleString("en-US")} rows: papaparse alone ${papaOnly.toFixed(1)} ms; parse + check + map ${pipeline.toFixed(1)} ms; ratio ${(pipeline / papaOnly).toFixed(2)}× (target ≤ 3×)`);
