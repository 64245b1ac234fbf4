// Prints the fake TrainingPeaks' demo tokens for `npm run demo`.
const [fakeUrl, appUrl] = process.argv.slice(2);
const credentials = await (await fetch(`${fakeUrl}/__fake/credentials`)).json();
const line = "─".repeat(72);
console.log(
  `\n${line}\nPlanDrop demo: open ${appUrl}\nPaste one of these as the "Bearer token" (each lasts an hour; fresh ones: ${fakeUrl}/__fake/credentials)\n`,
);
for (const user of credentials.users.filter((candidate) => candidate.key !== "squad")) {
  console.log(
    `${user.name} (${user.key}, athlete ${user.athleteId}):\n  Bearer token: ${user.jwt}\n  Production_tpAuth cookie (for Settings): ${user.cookie}\n`,
  );
}
console.log(`Workouts the fake received: ${fakeUrl}/__fake/workouts\n${line}\n`);
