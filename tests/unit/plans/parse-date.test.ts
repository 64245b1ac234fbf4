import { describe, expect, it } from "vitest";
import { detectDateOrder, parseDateText } from "@/lib/plans/parse-date";

describe("reading a date cell", () => {
  it.each([
    ["2027-01-04", "2027-01-04"],
    ["2027/1/4", "2027-01-04"],
    ["2027-01-04T00:00:00", "2027-01-04"],
    ["2027-01-04T23:30:00Z", "2027-01-04"],
    ["2027-01-04 06:00", "2027-01-04"],
    ["March 3, 2027", "2027-03-03"],
    ["3 March 2027", "2027-03-03"],
    ["Wed 3 Mar 2027", "2027-03-03"],
    ["3rd Mar 2027", "2027-03-03"],
    ["3-Mar-2027", "2027-03-03"],
  ])("reads %s as %s whatever the order", (cell, expected) => {
    expect(parseDateText(cell, null)).toEqual({ date: expected });
  });

  it("keeps the calendar date of a timestamp instead of shifting it to another day", () => {
    expect(parseDateText("2027-01-04T23:30:00-08:00", null)).toEqual({ date: "2027-01-04" });
  });

  it("reads numeric dates in the order it is given", () => {
    expect(parseDateText("03/04/2027", "dmy")).toEqual({ date: "2027-04-03" });
    expect(parseDateText("03/04/2027", "mdy")).toEqual({ date: "2027-03-04" });
    expect(parseDateText("3.4.27", "dmy")).toEqual({ date: "2027-04-03" });
  });

  it("decides a numeric date on its own when one part is above 12", () => {
    expect(parseDateText("25/03/2027", null)).toEqual({ date: "2027-03-25" });
    expect(parseDateText("03/25/2027", null)).toEqual({ date: "2027-03-25" });
  });

  it("asks for the order when a date could be either", () => {
    expect(parseDateText("03/04/2027", null)).toEqual({ ambiguous: true });
    expect(parseDateText("04/04/2027", null)).toEqual({ date: "2027-04-04" });
  });

  it("refuses dates that do not exist, in words", () => {
    expect(parseDateText("2027-02-30", null)).toEqual({ error: '"2027-02-30" is not a real calendar date.' });
    expect(parseDateText("31/04/2027", "dmy")).toEqual({ error: '"31/04/2027" is not a real calendar date.' });
    expect(parseDateText("next tuesday", null)).toMatchObject({ error: expect.stringContaining("not a date we can read") });
    expect(parseDateText("", null)).toEqual({ error: "The date is empty." });
  });

  it("warns when a written date names the wrong weekday", () => {
    expect(parseDateText("Monday 3 March 2027", null)).toEqual({ date: "2027-03-03", warning: expect.stringContaining("wrong weekday") });
  });
});

describe("deciding day/month order from a whole column", () => {
  it("finds day/month/year from any day above 12", () => expect(detectDateOrder(["01/02/2027", "13/02/2027"])).toBe("dmy"));
  it("finds month/day/year from any day above 12", () => expect(detectDateOrder(["01/02/2027", "02/13/2027"])).toBe("mdy"));
  it("reports a file that mixes both", () => expect(detectDateOrder(["13/02/2027", "02/13/2027"])).toBe("conflict"));
  it("says when it cannot tell", () => expect(detectDateOrder(["01/02/2027", "03/04/2027"])).toBe("unknown"));
  it("says when the question does not arise", () => expect(detectDateOrder(["2027-01-02", "05/05/2027"])).toBe("not_needed"));
});
