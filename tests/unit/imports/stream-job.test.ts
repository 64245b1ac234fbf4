import { describe, expect, it } from "vitest";
import { streamJob } from "@/lib/imports/stream-run";
import { captureLogs } from "@/lib/log";

async function eventsOf(response: Response) {
  return (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; message?: string });
}

describe("a job's work that fails unexpectedly", () => {
  it("tells the user to press Undo import when an undo stopped, and Resume when sending stopped", async () => {
    const capture = captureLogs();
    const fail = async () => { throw new Error("disk full"); };

    expect(await eventsOf(streamJob("undo", fail))).toEqual([{ type: "error", message: "The undo stopped because of an unexpected error; press Undo import to go on." }]);
    expect(await eventsOf(streamJob("send", fail))).toEqual([{ type: "error", message: "The import stopped because of an unexpected error; press Resume to go on." }]);
    capture.stop();
    expect(capture.lines.map((line) => JSON.parse(line))).toMatchObject([
      { msg: "An import's work stopped unexpectedly", action: "undo", err: { message: "disk full" } },
      { msg: "An import's work stopped unexpectedly", action: "send", err: { message: "disk full" } },
    ]);
  });
});
