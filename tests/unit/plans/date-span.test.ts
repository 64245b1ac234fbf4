import { describe, expect, it } from "vitest";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";

describe("a plan's date span", () => {
  it("refuses a plan whose workouts span more than two years, in the preview's one sentence", () => {
    const result = parsePlanCsv("date,sport,title,duration\n1900-01-01,Run,Old,30\n2200-01-01,Run,Far,30\n");
    expect(result).toEqual({
      ok: false,
      fileError:
        "The plan's workouts run from 1900-01-01 to 2200-01-01, more than two years; check the dates (a wrong year?) or split the plan into parts of at most two years.",
    });
  });

  it("takes a plan of exactly two years", () => {
    expect(parsePlanCsv("date,sport,title,duration\n2027-01-01,Run,First,30\n2029-01-01,Run,Last,30\n").ok).toBe(true);
  });

  it("checks a relative plan once its start date places it", () => {
    const csv = "day,sport,title,duration\n1,Run,First,30\n900,Run,Last,30\n";
    expect(parsePlanCsv(csv).ok).toBe(true);
    expect(parsePlanCsv(csv, { startDate: "2027-01-04" })).toMatchObject({ ok: false });
  });
});
