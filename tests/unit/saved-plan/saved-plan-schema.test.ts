import { describe, expect, it } from "vitest";
import { savedPlanSchema } from "@/lib/saved-plan/saved-plan-schema";

const KEPT = {
  version: 1,
  plan: { text: "date,sport,title\n2027-01-04,Kayak,Paddle\n", fileName: "plan.csv" },
  changes: [{ id: 1, label: 'Row 2, sport: "Kayak" → "Rowing"', cells: [{ row: 2, column: 1, value: "Rowing" }], removedRows: [] }],
  options: { startDate: "", raceDate: "2027-05-02", widenPercent: 0, columns: { key: null, headers: null, roles: {}, remembered: false } },
  athletes: { "1234": { selected: true, startDate: "2027-01-04", raceDate: "" } },
};

describe("the plan this browser keeps", () => {
  it("comes back with its text, fixes and answers", () => {
    expect(savedPlanSchema.parse(KEPT)).toEqual(KEPT);
  });

  it("never holds a token, even when one is handed to it", () => {
    const kept = savedPlanSchema.parse({ ...KEPT, token: "eyJ.secret", options: { ...KEPT.options, token: "eyJ.secret" } });
    expect(JSON.stringify(kept)).not.toContain("secret");
  });

  it("is not restored when it no longer reads as a plan", () => {
    expect(savedPlanSchema.safeParse({ ...KEPT, changes: [{ id: 1, cells: "x" }] }).success).toBe(false);
    expect(savedPlanSchema.safeParse({ ...KEPT, version: 2 }).success).toBe(false);
  });
});
