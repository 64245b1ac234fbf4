import { describe, expect, it } from "vitest";
import { COLUMN_MAPPING_KEY, columnMappingKey } from "@/lib/plans/column-mapping-key";

describe("the key a remembered column mapping is found by", () => {
  it("is the same for the same header row, spaces around names aside", () => {
    expect(columnMappingKey(["Week", "Mon", "Tue"])).toBe(columnMappingKey([" Week", "Mon ", "Tue"]));
    expect(columnMappingKey(["Week", "Mon", "Tue"])).toMatch(COLUMN_MAPPING_KEY);
  });

  it("differs when the names, their order or their number differ", () => {
    const keys = new Set(
      [
        ["Week", "Mon", "Tue"],
        ["Week", "Tue", "Mon"],
        ["Week", "Mon"],
        ["week", "Mon", "Tue"],
        ["Week,Mon", "Tue"],
      ].map(columnMappingKey),
    );
    expect(keys.size).toBe(5);
  });
});
