import { describe, expect, it } from "vitest";
import { describeSourceCell, sourceCellOf } from "@/lib/plan-edits/source-cell";
import { parseOk } from "../../helpers/plans";

describe("the file's cell a preview field is edited in", () => {
  it("is the field's own column in a row of one workout, and the title cell for a measure written in the title", () => {
    const plan = parseOk("date,sport,title,tss\n2027-01-04,Run,Easy run 45 min,40\n");
    const row = plan.rows[0];
    if (!row) throw new Error("no row");
    expect(sourceCellOf(row, "sport", plan.source)).toEqual({ row: 2, column: 1, header: "sport" });
    expect(sourceCellOf(row, "duration", plan.source)).toEqual({ row: 2, column: 2, header: "title" });
    expect(sourceCellOf(row, "tss", plan.source)).toEqual({ row: 2, column: 3, header: "tss" });
    expect(sourceCellOf(row, "structure", plan.source)).toBeNull();
  });

  it("is the weekday's cell for a week grid's workout, and the week cell for its date", () => {
    const plan = parseOk("Week,Mon,Tue,Wed\n1,Run 30 min,Bike 1h + Run 20 min,\n", { startDate: "2027-01-04" });
    const [monday, bike, run] = plan.rows;
    if (!monday || !bike || !run) throw new Error("rows missing");
    expect(sourceCellOf(monday, "title", plan.source)).toEqual({ row: 2, column: 1, header: "Mon" });
    expect(sourceCellOf(bike, "duration", plan.source)).toEqual({ row: 2, column: 2, header: "Tue" });
    expect(sourceCellOf(run, "sport", plan.source)).toEqual({ row: 2, column: 2, header: "Tue" });
    expect(sourceCellOf(run, "date", plan.source)).toEqual({ row: 2, column: 0, header: "Week" });
    expect(describeSourceCell({ row: 2, column: 2, header: "Tue" }, 2)).toBe(
      'Edits the "Tue" cell of row 2, which 2 workouts are read from.',
    );
  });

  it("is the sport's column in a row with a column per sport", () => {
    const plan = parseOk("Date,Swim,Bike Duration,Run Duration\n2027-01-04,2000 m,1:30,45\n");
    expect(plan.rows.map((row) => sourceCellOf(row, "duration", plan.source)?.header)).toEqual(["Swim", "Bike Duration", "Run Duration"]);
  });
});
