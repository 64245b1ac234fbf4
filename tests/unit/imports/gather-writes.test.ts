import { describe, expect, it } from "vitest";
import { gatherWrites } from "@/lib/imports/data/gather-writes";
import { captureLogs } from "@/lib/log";

// The run's writes of one kind, gathered: what one turn of the event loop asks for is made by one
// statement, and a failed statement never fails a caller whose own write is fine.

function recorder(fail: (input: number) => boolean = () => false) {
  const statements: number[][] = [];
  const alone: number[] = [];
  let underWay = 0;
  let mostUnderWay = 0;
  const write = (atOnce = 1) =>
    gatherWrites<number, string>(
      async (inputs) => {
        statements.push(inputs);
        underWay++;
        mostUnderWay = Math.max(mostUnderWay, underWay);
        await new Promise((resolve) => setTimeout(resolve, 5));
        underWay--;
        if (inputs.some(fail)) throw new Error("one of them failed");
        return inputs.map((input) => `made ${input}`);
      },
      async (input) => {
        alone.push(input);
        if (fail(input)) throw new Error(`${input} failed`);
        return `made ${input} alone`;
      },
      atOnce,
    );
  return { statements, alone, write, mostUnderWay: () => mostUnderWay };
}

describe("writes gathered into one statement", () => {
  it("makes the calls of one turn with one statement, and answers each caller with its own result", async () => {
    const { statements, write } = recorder();
    const made = write();
    expect(await Promise.all([1, 2, 3].map(made))).toEqual(["made 1", "made 2", "made 3"]);
    expect(statements).toEqual([[1, 2, 3]]);
  });

  it("gathers the calls that arrive while a statement is under way into the next one", async () => {
    const { statements, write } = recorder();
    const made = write();
    const first = made(1);
    await new Promise((resolve) => setTimeout(resolve, 1)); // the first statement is under way
    const later = [2, 3, 4].map(made);
    await Promise.all([first, ...later]);
    expect(statements).toEqual([[1], [2, 3, 4]]);
  });

  it("keeps no more statements under way than it is allowed", async () => {
    const { write, mostUnderWay } = recorder();
    const made = write(2);
    const calls: Promise<string>[] = [];
    for (let turn = 0; turn < 6; turn++) {
      calls.push(made(turn));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(calls);
    expect(mostUnderWay()).toBe(2);
  });

  it("when the statement fails, makes each call alone, so only the caller whose write failed hears of it", async () => {
    const { alone, write } = recorder((input) => input === 2);
    const made = write();
    const capture = captureLogs();
    const outcomes = await Promise.allSettled([1, 2, 3].map(made)).finally(capture.stop);
    expect(capture.lines.join("")).toContain("making them one by one");
    expect(outcomes).toEqual([
      { status: "fulfilled", value: "made 1 alone" },
      { status: "rejected", reason: new Error("2 failed") },
      { status: "fulfilled", value: "made 3 alone" },
    ]);
    expect(alone).toEqual([1, 2, 3]);
  });
});
