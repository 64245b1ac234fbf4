import { describe, expect, it } from "vitest";
import { parseNumber } from "@/lib/plans/parse-number";

describe("reading a number from a cell", () => {
  it.each([
    ["45", false, 45],
    [" 7.5 ", false, 7.5],
    ["-3", false, -3],
    [".5", false, 0.5],
    ["12.", false, 12],
    ["1,5", true, 1.5],
    ["10", true, 10],
  ])("reads %j (decimal comma %s) as %d", (text, comma, value) => {
    expect(parseNumber(text, comma)).toBe(value);
  });

  it.each([
    ["", false],
    ["abc", false],
    ["1,5", false],
    ["1,500,000", true],
    ["1.2.3", false],
    ["--1", false],
    ["-", false],
    [".", false],
    [",5", true],
    ["5,", true],
    ["1e3", false],
    ["4 5", false],
  ])("refuses %j (decimal comma %s)", (text, comma) => {
    expect(parseNumber(text, comma)).toBeNull();
  });
});
