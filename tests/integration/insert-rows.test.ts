import { describe, expect, it } from "vitest";
import { insertImportRows } from "@/lib/imports/data/insert-rows";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";

// A job's rows are written in batches; a row may set a column the batch's first row leaves out.
describe.each(TEST_PROVIDERS)("writing a job's rows on $name", (provider) => {
  const database = useMigratedDatabase(provider);

  it("keeps what a later row says even when the first row of its batch says less", async () => {
    await database.db.importJob.create({
      data: { id: "job-1", athleteId: "1", athleteName: "Jane", credential: "pasted_token", fileName: "plan.csv", status: "ready" },
    });
    const common = {
      jobId: "job-1",
      athleteId: "1",
      athleteName: "Jane",
      workoutDay: "2027-01-04",
      title: "Easy",
      workoutJson: "{}",
      status: "pending",
    };
    await database.db.$transaction((tx) =>
      insertImportRows(tx, provider.name, [
        { ...common, id: "row-2", rowNumber: 2, contentKey: "a" },
        { ...common, id: "row-3", rowNumber: 3, contentKey: "b", part: 2, duplicateOf: "3001002003", change: "Duration 1:15 → 1:30" },
      ]),
    );

    const later = await database.db.importRow.findUniqueOrThrow({ where: { id: "row-3" } });
    expect(later).toMatchObject({ part: 2, duplicateOf: "3001002003", change: "Duration 1:15 → 1:30" });
    expect(await database.db.importRow.findUniqueOrThrow({ where: { id: "row-2" } })).toMatchObject({ part: 0, duplicateOf: null });
  });
});
