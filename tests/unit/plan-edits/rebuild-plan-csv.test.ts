import { describe, expect, it } from "vitest";
import { foldChanges, type PlanChange } from "@/lib/plan-edits/plan-changes";
import { readSourceSheet } from "@/lib/plan-edits/read-source-sheet";
import { rebuildPlanCsv } from "@/lib/plan-edits/rebuild-plan-csv";
import { parseOk } from "../../helpers/plans";

const change = (id: number, cells: PlanChange["cells"], removedRows: number[] = []): PlanChange => ({
  id,
  label: `change ${id}`,
  cells,
  removedRows,
});

const PLAN = [
  "My plan,,",
  "",
  "date,sport,title",
  "# a comment the parse skips",
  '2027-01-04,Run,"Easy run',
  'with strides"',
  "",
  "2027-01-05,Kayak,Paddle",
  "2027-01-06,Kayak,Paddle again",
].join("\n");

describe("the plan's text with the user's fixes", () => {
  it("is the file itself while nothing is changed", () => {
    expect(rebuildPlanCsv(readSourceSheet(PLAN), foldChanges([]))).toBe(PLAN);
  });

  it("writes only the edited row again and keeps titles, comments, blank rows and quoted line breaks", () => {
    const sheet = readSourceSheet(PLAN);
    const text = rebuildPlanCsv(sheet, foldChanges([change(1, [{ row: 7, column: 1, value: "Rowing" }])]));
    expect(text).toBe(PLAN.replace("2027-01-05,Kayak,Paddle\n", "2027-01-05,Rowing,Paddle\n"));
  });

  it("keeps every row's spreadsheet number, so the preview and the import speak of the same rows", () => {
    const sheet = readSourceSheet(PLAN);
    const before = parseOk(PLAN).rows.map((row) => row.rowNumber);
    expect(before).toEqual([5, 7, 8]);
    const edited = parseOk(
      rebuildPlanCsv(sheet, foldChanges([change(1, [{ row: 5, column: 2, value: "Easy run\nwith\nmore lines" }], [7])])),
    );
    expect(edited.rows.map((row) => row.rowNumber)).toEqual([5, 8]);
    expect(edited.rows[0]?.fields.description).toBe("with\nmore lines");
  });

  it("re-checks an edited row: an unknown sport replaced in its cells is read", () => {
    const sheet = readSourceSheet(PLAN);
    expect(parseOk(PLAN).rows.filter((row) => row.status === "error")).toHaveLength(2);
    const fixed = parseOk(
      rebuildPlanCsv(
        sheet,
        foldChanges([
          change(1, [
            { row: 7, column: 1, value: "Rowing" },
            { row: 8, column: 1, value: "Rowing" },
          ]),
        ]),
      ),
    );
    expect(fixed.rows.map((row) => [row.status, row.workout?.sport])).toEqual([
      ["ok", "run"],
      ["ok", "rowing"],
      ["ok", "rowing"],
    ]);
  });

  it("leaves a removed row out of the download altogether", () => {
    const text = rebuildPlanCsv(readSourceSheet(PLAN), foldChanges([change(1, [], [7])]), { dropRemoved: true });
    expect(text).toBe(PLAN.replace("2027-01-05,Kayak,Paddle\n", ""));
    expect(rebuildPlanCsv(readSourceSheet(PLAN), foldChanges([change(1, [], [7])]))).toBe(PLAN.replace("2027-01-05,Kayak,Paddle\n", "\n"));
  });

  it("keeps a byte order mark, CRLF line breaks and semicolons, and quotes what needs quoting", () => {
    const plan = "\uFEFFdate;sport;title\r\n2027-01-04;Run;Easy\r\n2027-01-05;Run;Tempo\r\n";
    const text = rebuildPlanCsv(
      readSourceSheet(plan),
      foldChanges([
        change(1, [
          { row: 2, column: 2, value: 'Easy; "fun"' },
          { row: 3, column: 0, value: "#2027-01-05" },
        ]),
      ]),
    );
    expect(text).toBe('\uFEFFdate;sport;title\r\n2027-01-04;Run;"Easy; ""fun"""\r\n"#2027-01-05";Run;Tempo\r\n');
  });

  it("lets a later edit of a cell win, and an undone change go without a trace", () => {
    const sheet = readSourceSheet(PLAN);
    const first = change(1, [{ row: 7, column: 1, value: "Swim" }]);
    const second = change(2, [{ row: 7, column: 1, value: "Rowing" }]);
    expect(rebuildPlanCsv(sheet, foldChanges([first, second]))).toContain("2027-01-05,Rowing,Paddle");
    expect(rebuildPlanCsv(sheet, foldChanges([first]))).toContain("2027-01-05,Swim,Paddle");
    expect(rebuildPlanCsv(sheet, foldChanges([second].filter((kept) => kept.id !== 2)))).toBe(PLAN);
  });

  it("fills the cells a short row lacks when a later column is edited", () => {
    const plan = "date,sport,title,duration\n2027-01-04,Run\n";
    expect(rebuildPlanCsv(readSourceSheet(plan), foldChanges([change(1, [{ row: 2, column: 3, value: "45" }])]))).toBe(
      "date,sport,title,duration\n2027-01-04,Run,,45\n",
    );
  });
});
