// Plan pipeline figures: parse, check and map 10,000 rows against papaparse alone on the same
// text; and 10,000 structured rows (workout text read, resolved and converted to TrainingPeaks'
// structure) against the same 10,000 plain rows, with sessions repeating as in real plans and,
// for the worst case, with every row's text different.
import Papa from "papaparse";
import { PAPA_OPTIONS, parsePlanCsv } from "../lib/plans/parse-plan-csv";
import { summarizePlan } from "../lib/plans/summarize-plan";
import { toWorkoutPayload } from "../lib/trainingpeaks/map-workout";
import { makePlanCsv, makeStructuredPlanCsv } from "./plan-csv";
import { medianMs } from "./timing";

const ROWS = 10_000;

function pipeline(csv: string) {
  const plan = parsePlanCsv(csv);
  if (!plan.ok) throw new Error(plan.fileError);
  summarizePlan(plan.rows);
  for (const row of plan.rows) if (row.workout) toWorkoutPayload(row.workout, "1234567");
}

const plain = makePlanCsv(ROWS);
const structured = makeStructuredPlanCsv(ROWS);
const papaOnly = medianMs(() => Papa.parse(plain, PAPA_OPTIONS));
const plainMs = medianMs(() => pipeline(plain));
const structuredMs = medianMs(() => pipeline(structured));
const distinct = makeStructuredPlanCsv(ROWS, true);
const distinctMs = medianMs(() => pipeline(distinct), 5);

console.log(
  `Plan pipeline, ${ROWS.toLocaleString("en-US")} rows: papaparse alone ${papaOnly.toFixed(1)} ms; parse + check + map ${plainMs.toFixed(1)} ms; ratio ${(plainMs / papaOnly).toFixed(2)}× (target ≤ 3×)`,
);
console.log(
  `Structured rows, ${ROWS.toLocaleString("en-US")} (340 distinct workout texts, as plans repeat sessions): ${structuredMs.toFixed(1)} ms against ${plainMs.toFixed(1)} ms for plain rows; ratio ${(structuredMs / plainMs).toFixed(2)}× (target ≤ 2×)`,
);
console.log(`Structured rows, worst case (every text different): ${distinctMs.toFixed(1)} ms; ratio ${(distinctMs / plainMs).toFixed(2)}×`);
