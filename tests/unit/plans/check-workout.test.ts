import { describe, expect, it } from "vitest";
import { checkWorkout } from "@/lib/plans/check-workout";
import { mapColumns } from "@/lib/plans/layout";
import { plannedWorkoutSchema } from "@/lib/plans/workout";
import { parseOk } from "../../helpers/plans";

// One rule source: what the preview calls Ready is what plannedWorkoutSchema (and so the server) accepts.

const LONG_SUBTYPE = "Tempo-".repeat(25); // 150 characters

describe("a row the workout schema refuses", () => {
  it("is that row's error, naming its column, while the other rows stay Ready", () => {
    const plan = parseOk(
      `date,sport,subtype,title,duration\n2027-01-04,Run,Road,Easy,45\n2027-01-05,Run,${LONG_SUBTYPE},Tempo,50\n2027-01-06,Run,Trail,Long,90\n`,
    );
    expect(plan.rows.map((row) => row.status)).toEqual(["ok", "error", "ok"]);
    expect(plan.rows[1]?.workout).toBeNull();
    expect(plan.rows[1]?.issues).toEqual([
      {
        rowNumber: 3,
        column: "subtype",
        severity: "error",
        message: "The subtype is 150 characters long; TrainingPeaks takes at most 100, so shorten it.",
      },
    ]);
  });

  it("names the column as the plan calls it", () => {
    const plan = parseOk(`Date,Sport,Sub Sport,Title\n2027-01-05,Run,${LONG_SUBTYPE},Tempo\n`);
    expect(plan.rows[0]?.issues[0]).toMatchObject({
      column: "Sub Sport",
      message: expect.stringContaining("The Sub Sport is 150 characters long"),
    });
  });

  it("tells two texts of one length apart from two of different lengths (the verdict follows the schema)", () => {
    const ok = "a".repeat(100);
    const plan = parseOk(
      `date,sport,subtype,title\n2027-01-04,Run,${ok},A\n2027-01-05,Run,${"b".repeat(100)},B\n2027-01-06,Run,${ok}c,C\n`,
    );
    expect(plan.rows.map((row) => row.status)).toEqual(["ok", "ok", "error"]);
  });

  it("calls Ready only workouts the schema accepts", () => {
    const plan = parseOk(
      `date,sport,subtype,title,description\n2027-01-04,Run,${LONG_SUBTYPE},A,x\n2027-01-05,Bike,Road,B,${"y".repeat(20_001)}\n2027-01-06,Swim,Pool,C,z\n`,
    );
    for (const row of plan.rows) {
      expect(row.workout !== null).toBe(plannedWorkoutSchema.safeParse(row.fields).success);
    }
    expect(plan.rows[1]?.issues[0]?.message).toBe(
      "The description is 20,001 characters long; TrainingPeaks takes at most 20,000, so shorten it.",
    );
  });
});

describe("a workout part the schema refuses that is not a cell", () => {
  it("says which part cannot be sent, never [object Object]", () => {
    const map = mapColumns(["date", "sport", "title", "structure"]);
    if (typeof map === "string") throw new Error(map);
    const issues = checkWorkout(
      { rowNumber: 2, date: "2027-01-04", sport: "bike", title: "Intervals", structure: { steps: "three" } as never },
      map,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ column: "structure", severity: "error" });
    expect(issues[0]?.message).toMatch(/^The structure cannot be sent as read: .+ is not what TrainingPeaks takes\.$/);
    expect(issues[0]?.message).not.toContain("[object Object]");
  });
});
