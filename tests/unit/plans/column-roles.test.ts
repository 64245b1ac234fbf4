import { describe, expect, it } from "vitest";
import { COLUMN_ROLE_LABELS, COLUMN_ROLES } from "@/lib/plans/column-roles";
import { parseOk } from "../../helpers/plans";

describe("the role of each column", () => {
  it("reports the role PlanDrop gave each column, in file order", () => {
    const plan = parseOk("date,sport,title,mood\n2027-01-04,Run,Easy,good\n");
    expect(plan.columnRoles).toEqual([
      { header: "date", role: "date", auto: true },
      { header: "sport", role: "sport", auto: true },
      { header: "title", role: "title", auto: true },
      { header: "mood", role: expect.any(String), auto: true },
    ]);
  });

  it("uses the role the user chose instead of the automatic one", () => {
    const plan = parseOk("date,sport,name,session\n2027-01-04,Run,Jane,Easy run\n", { columnRoles: { name: "athlete", session: "title" } });
    expect(plan.rows[0]?.workout).toMatchObject({ title: "Easy run", athleteRef: "Jane" });
    expect(plan.columnRoles.find((use) => use.header === "session")).toEqual({ header: "session", role: "title", auto: false });
  });

  it("leaves out a column the user set to ignore", () => {
    const plan = parseOk("date,sport,title,description\n2027-01-04,Run,Easy,secret\n", { columnRoles: { description: "ignore" } });
    expect(plan.rows[0]?.workout?.description).toBeUndefined();
  });

  it("has a label for every role", () => {
    for (const role of COLUMN_ROLES) expect(COLUMN_ROLE_LABELS[role]).toMatch(/\w/);
  });
});
