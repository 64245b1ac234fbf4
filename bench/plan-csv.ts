// Builds a realistic dated plan of N rows for the benchmark. A plan may span at most two years
// (lib/plans), so the rows share their days: ROWS_PER_DAY fits 10,000 rows into 715 days.
export const ROWS_PER_DAY = 14;
const SPORTS = ["Run", "Bike", "Swim", "Strength", "Day Off"];

export function makePlanCsv(rows: number, rowsPerDay = ROWS_PER_DAY): string {
  const lines = ["date,sport,title,description,duration,distance,distance_unit,tss,if"];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2027, 0, 4 + Math.floor(i / rowsPerDay))).toISOString().slice(0, 10);
    const sport = SPORTS[i % SPORTS.length];
    lines.push(
      `${day},${sport},Session ${i},"Steady work, then ${i % 5} strides.\nKeep it relaxed.",${30 + (i % 90)},${5 + (i % 20)},km,${20 + (i % 100)},0.${70 + (i % 25)}`,
    );
  }
  return lines.join("\n");
}

/** The same plan with workout text on every row, its numbers varied row by row (one-line and multi-line forms). */
export function makeStructuredPlanCsv(rows: number, everyTextDistinct = false): string {
  const lines = ["date,sport,title,description,structure"];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2027, 0, 4 + Math.floor(i / ROWS_PER_DAY))).toISOString().slice(0, 10);
    const hard = 100 + (i % 15);
    const name = everyTextDistinct ? `Rep${i}` : "Hard";
    const text =
      i % 2 === 0
        ? `"Warmup\n- ${10 + (i % 10)}m ramp 45-${65 + (i % 10)}%\n\nMain Set ${3 + (i % 4)}x\n- ${name} ${3 + (i % 4)}m ${hard}-${hard + 5}% 95rpm\n- Easy ${2 + (i % 3)}m 50-55%\n\nCooldown\n- 10m 55%"`
        : `${10 + (i % 10)}m 55-65%; ${2 + (i % 5)}x(${everyTextDistinct ? `Rep${i} ` : ""}${8 + (i % 7)}m ${85 + (i % 8)}-${92 + (i % 8)}%; 4m 55%); 10m 50%`;
    lines.push(`${day},Bike,Session ${i},"Steady work, then ${i % 5} strides.",${text}`);
  }
  return lines.join("\n");
}
