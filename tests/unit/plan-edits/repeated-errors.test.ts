import { describe, expect, it } from "vitest";
import { cellText } from "@/lib/plan-edits/cell-text";
import { NO_OVERRIDES } from "@/lib/plan-edits/plan-changes";
import { readSourceSheet } from "@/lib/plan-edits/read-source-sheet";
import { findRepeatedErrors } from "@/lib/plan-edits/repeated-errors";
import { parseOk } from "../../helpers/plans";

describe("a wrong value written in several rows", () => {
  it("is offered as one fix, with the rows it is in", () => {
    const text =
      "date,sport,title,duration\n2027-01-04,Kayak,Paddle,45\n2027-01-05,Run,Easy,soon\n2027-01-06,Kayak,Paddle,45\n2027-01-07, kayak ,Paddle,30\n2027-01-08,Kayak,Paddle,45\n";
    const plan = parseOk(text);
    const sheet = readSourceSheet(text);
    const groups = findRepeatedErrors(plan.rows, plan.source, (row, column) => cellText(sheet, NO_OVERRIDES, row, column));
    expect(groups).toEqual([
      {
        column: 1,
        header: "sport",
        value: "Kayak",
        rows: [2, 4, 6],
        message: 'Unknown sport "Kayak". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.',
        isSport: true,
      },
    ]);
  });

  it("is not offered for a value wrong in one row only", () => {
    const text = "date,sport,title\n2027-01-04,Kayak,Paddle\n2027-01-05,Canoe,Paddle\n";
    const plan = parseOk(text);
    const sheet = readSourceSheet(text);
    expect(findRepeatedErrors(plan.rows, plan.source, (row, column) => cellText(sheet, NO_OVERRIDES, row, column))).toEqual([]);
  });
});
