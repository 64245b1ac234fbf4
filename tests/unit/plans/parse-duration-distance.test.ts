import { describe, expect, it } from "vitest";
import { parseDistance } from "@/lib/plans/parse-distance";
import { parseDuration } from "@/lib/plans/parse-duration";

describe("reading a duration", () => {
  it.each([
    ["45", "minutes", 2700],
    ["1.5", "hours", 5400],
    ["1.1333333333333333", "hours", 4080],
    ["90", "seconds", 90],
    ["1:30", "minutes", 5400],
    ["0:45", "minutes", 2700],
    ["1:02:30", "minutes", 3750],
    ["1h30m", "minutes", 5400],
    ["1h 30m", "minutes", 5400],
    ["1h30", "minutes", 5400],
    ["90min", "minutes", 5400],
    ["90 min", "minutes", 5400],
    ["45'", "minutes", 2700],
    ["30s", "minutes", 30],
    ["1.5h", "minutes", 5400],
    ["2 hours", "minutes", 7200],
    ["1 hr 15 mins", "minutes", 4500],
  ] as const)("reads %s (bare numbers in %s) as %i seconds", (cell, unit, seconds) => {
    expect(parseDuration(cell, unit, false)).toEqual({ seconds });
  });

  it("reads a decimal comma only where the file allows it", () => {
    expect(parseDuration("1,5", "hours", true)).toEqual({ seconds: 5400 });
    expect(parseDuration("1,5", "hours", false)).toMatchObject({ error: expect.any(String) });
  });

  it("refuses what it cannot read, zero, and more than a day", () => {
    expect(parseDuration("long", "minutes", false)).toEqual({
      error: '"long" is not a duration we can read. Use minutes (45), h:mm (1:30) or 1h30m.',
    });
    expect(parseDuration("0", "minutes", false)).toMatchObject({ error: expect.stringContaining("more than zero") });
    expect(parseDuration("45:00", "minutes", false)).toMatchObject({ error: expect.stringContaining("more than 24 hours") });
  });
});

describe("reading a distance into metres", () => {
  it.each([
    ["10", "km", 10_000],
    ["10 km", null, 10_000],
    ["400m", null, 400],
    ["2000", "m", 2000],
    ["13.1", "mi", 21_082.41],
    ["1 mile", null, 1609.34],
    ["100", "yd", 91.44],
    ["25yd", null, 22.86],
  ] as const)("reads %s (unit %s) as %d m", (cell, unit, meters) => {
    expect(parseDistance(cell, unit, false)).toEqual({ meters });
  });

  it("reads decimal commas in semicolon files", () => {
    expect(parseDistance("9,5 km", null, true)).toEqual({ meters: 9500 });
  });

  it("refuses a distance with no unit instead of guessing", () => {
    expect(parseDistance("10", null, false)).toEqual({
      error: "The distance 10 has no unit. Add a distance unit column or write it as 10 km.",
    });
  });

  it("refuses unknown units and nonsense", () => {
    expect(parseDistance("10 furlongs", null, false)).toMatchObject({ error: expect.stringContaining("unit we don't know") });
    expect(parseDistance("far", "km", false)).toMatchObject({ error: expect.any(String) });
  });
});
