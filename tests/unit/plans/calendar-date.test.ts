import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isCalendarDate, weekdayName, weekNumber } from "@/lib/plans/calendar-date";

describe("calendar dates", () => {
  it("adds days across month ends, leap days and daylight-saving changes without drifting", () => {
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2027-10-31", -1)).toBe("2027-10-30");
    expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
  });

  it("names weekdays and counts Monday-to-Sunday weeks", () => {
    expect(weekdayName("2027-01-04")).toBe("Monday");
    expect(weekdayName("2027-01-10")).toBe("Sunday");
    expect(weekNumber("2027-01-10")).toBe(weekNumber("2027-01-04"));
    expect(weekNumber("2027-01-11")).toBe(weekNumber("2027-01-04") + 1);
  });

  it("tells real dates from look-alikes", () => {
    expect(isCalendarDate("2027-02-28")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-2-28")).toBe(false);
  });
});
