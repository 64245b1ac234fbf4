// Builds a realistic dated plan of N rows for the benchmark.
const SPORTS = ["Run", "Bike", "Swim", "Strength", "Day Off"];

export function makePlanCsv(rows: number): string {
  const lines = ["date,sport,title,description,duration,distance,distance_unit,tss,if"];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2027, 0, 4 + Math.floor(i / 2))).toISOString().slice(0, 10);
    const sport = SPORTS[i % SPORTS.length];
    lines.push(`${day},${sport},Session ${i},"Steady work, then ${i % 5} strides.\nKeep it relaxed.",${30 + (i % 90)},${5 + (i % 20)},km,${20 + (i % 100)},0.${70 + (i % 25)}`);
  }
  return lines.join("\n");
}
