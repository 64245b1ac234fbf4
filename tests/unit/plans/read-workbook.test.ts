import { describe, expect, it } from "vitest";
import { firstPlanSheet } from "@/lib/plans/first-plan-sheet";
import { readWorkbook, WORKBOOK_UNREADABLE } from "@/lib/plans/read-workbook";
import { isWorkbookFile } from "@/lib/plans/workbook-file";
import { dateCell, makeWorkbook } from "../../helpers/workbooks";
import { parseOk } from "../../helpers/plans";

describe("an Excel workbook", () => {
  it("is read like a CSV: its rows become the plan's rows, dates staying the days the sheet shows", async () => {
    const workbook = await makeWorkbook([
      {
        sheet: "Plan",
        data: [
          ["Date", "Sport", "Title", "Duration", "Distance (km)"],
          [dateCell("2027-01-04"), "Run", "Easy run", 45, 8],
          [dateCell("2027-01-05", "mmm d, yyyy"), "Bike", "Tempo, then spin", { value: 1.5 / 24, format: "h:mm" }, 40.5],
          [dateCell("2027-12-31", "yyyy-mm-dd"), "Swim", "Pool", 30, 0.1 + 0.2],
        ],
      },
    ]);
    const sheets = await readWorkbook(workbook);
    if (typeof sheets === "string") throw new Error(sheets);
    expect(sheets).toEqual([
      {
        name: "Plan",
        csv: 'Date,Sport,Title,Duration,Distance (km)\n2027-01-04,Run,Easy run,45,8\n2027-01-05,Bike,"Tempo, then spin",1:30,40.5\n2027-12-31,Swim,Pool,30,0.3',
      },
    ]);

    const plan = parseOk(sheets[0]?.csv ?? "");
    expect(plan.rows.map((row) => [row.status, row.workout?.date, row.workout?.durationSeconds, row.workout?.distanceMeters])).toEqual([
      ["ok", "2027-01-04", 2700, 8000],
      ["ok", "2027-01-05", 5400, 40_500],
      ["ok", "2027-12-31", 1800, 300],
    ]);
  });

  it("gives every sheet, in workbook order, for the sheet picker", async () => {
    const workbook = await makeWorkbook([
      { sheet: "Read me", data: [["This plan is for a spring marathon."]] },
      {
        sheet: "Weeks 1-4",
        data: [
          ["date", "sport", "title"],
          [dateCell("2027-03-01"), "Run", "Easy"],
        ],
      },
    ]);
    const sheets = await readWorkbook(workbook);
    if (typeof sheets === "string") throw new Error(sheets);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Read me", "Weeks 1-4"]);
    expect(firstPlanSheet(sheets)).toBe(1); // the notes sheet before the plan is passed over
    expect(firstPlanSheet(sheets.slice(0, 1))).toBe(0); // no sheet with plan columns: the first
  });

  it("keeps a date's time of day when the cell has one, and the day stays the sheet's", async () => {
    const workbook = await makeWorkbook([
      { sheet: "S", data: [["Start"], [{ value: new Date(Date.UTC(2027, 0, 4, 23, 30)), format: "yyyy-mm-dd hh:mm" }]] },
    ]);
    const sheets = await readWorkbook(workbook);
    expect(typeof sheets !== "string" && sheets[0]?.csv).toBe("Start\n2027-01-04 23:30");
  });

  it("keeps true and false and empty cells as the sheet shows them", async () => {
    const workbook = await makeWorkbook([
      {
        sheet: "S",
        data: [
          ["a", "b", "c"],
          [true, null, false],
        ],
      },
    ]);
    const sheets = await readWorkbook(workbook);
    expect(typeof sheets !== "string" && sheets[0]?.csv).toBe("a,b,c\nTRUE,,FALSE");
  });

  it("that is broken gets one sentence", async () => {
    expect(await readWorkbook(new TextEncoder().encode("PK\u0003\u0004 not really a zip").buffer as ArrayBuffer)).toBe(WORKBOOK_UNREADABLE);
  });
});

describe("telling a workbook from a CSV", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
  const text = new TextEncoder().encode("date");
  it("goes by the .xlsx name, or by the zip's first bytes when the name says nothing", () => {
    expect(isWorkbookFile("Plan.XLSX", text)).toBe(true);
    expect(isWorkbookFile("download", zip)).toBe(true);
    expect(isWorkbookFile("plan.csv", zip)).toBe(false);
    expect(isWorkbookFile("plan", text)).toBe(false);
  });
});
