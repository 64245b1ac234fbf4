import { describe, expect, it } from "vitest";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { pointAppAtFake, useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { undoImportCall } from "../helpers/job-calls";
import { createImport, runImport } from "../helpers/routes";

const tp = useFakeTrainingPeaks();
const jane = () => userOf(tp.credentials, "premium").jwt;
const coach = () => userOf(tp.credentials, "coach").jwt;

pointAppAtFake(tp);

// The preview warns of a row typed twice: "Same date, sport and title as row 2; it will be imported twice."
const TWICE = "date,sport,title,duration\n2027-03-01,Strength,Core,20\n2027-03-01,Strength,Core,20\n2027-03-02,Run,Easy run,45\n";

describe.each(TEST_PROVIDERS)("a plan holding the same workout twice ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("puts both copies on the calendar, as the preview said, and a second import of the file adds nothing", async () => {
    const created = await createImport(jane(), { csv: TWICE });
    expect(created.job?.counts).toMatchObject({ pending: 3 });
    const run = await runImport(created.job?.id ?? "", jane());
    expect(run.job?.counts).toMatchObject({ created: 3, already_imported: 0 });
    expect(tp.fake.workouts().filter((workout) => workout.title === "Core")).toHaveLength(2);

    const again = await createImport(jane(), { csv: TWICE });
    expect(again.job?.counts).toMatchObject({ already_imported: 3, pending: 0 });
    expect((await undoImportCall(created.job?.id ?? "", jane())).job?.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("refuses a coach's import that picks the same athlete twice in one sentence, not a crash", async () => {
    const created = await createImport(coach(), {
      csv: TWICE,
      athletes: [
        { athleteId: "4567890", startDate: "2027-03-01" },
        { athleteId: "4567890", startDate: "2027-03-08" },
      ],
    });
    expect(created.status).toBe(422);
    expect(created.body.error.message).toContain("Each athlete can be picked once per import.");
    expect(tp.fake.workouts()).toHaveLength(0);
  });
});
