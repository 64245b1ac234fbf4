import { describe, expect, it } from "vitest";
import { decide, type FailureFacts, NOT_ANSWERING, PREMIUM_CASCADE, SENDING_ELSEWHERE } from "@/lib/imports/engine/decide";
import { stopSentence } from "@/lib/error-codes";
import { stoppedWorkSentence } from "@/lib/errors";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";

// The send engine's choices, without HTTP or a database: a row and what happened to it.

const row = (overrides: Partial<{ action: "create" | "update" | "remove"; attempts: number; date: string }> = {}) => ({
  action: overrides.action ?? "create",
  attempts: overrides.attempts ?? 1,
  workout: { date: overrides.date ?? "2027-03-10" },
});
const failure = (kind: FailureFacts["kind"], extra: Partial<FailureFacts> = {}): FailureFacts => ({
  kind,
  status: extra.status ?? null,
  outcomeUnknown: extra.outcomeUnknown ?? false,
  userMessage: extra.userMessage ?? new TrainingPeaksError(kind).userMessage,
});
const rules = { maxAttempts: 5, retryDelayMs: 100 };

describe("what the send engine does with a row", () => {
  it("fails a row with its own sentence while another import is sending the same workout", () => {
    expect(decide(row(), { type: "reserved", reservation: "taken" })).toEqual({
      do: "record_failed",
      message: SENDING_ELSEWHERE,
      status: "failed",
    });
    expect(SENDING_ELSEWHERE).toBe("Another import is sending this same workout right now; retry this row when it ends.");
    expect(decide(row(), { type: "reserved", reservation: { tpWorkoutId: "77" } })).toEqual({
      do: "record_already_imported",
      tpWorkoutId: "77",
    });
    expect(decide(row(), { type: "reserved", reservation: "ours" })).toEqual({ do: "send" });
  });

  it("after a 402, fails the athlete's later dates with the Premium cascade's own sentence, and still sends earlier ones", () => {
    expect(decide(row({ date: "2027-03-12" }), { type: "failed", failure: failure("premium_required", { status: 402 }) })).toEqual({
      do: "record_failed",
      message: new TrainingPeaksError("premium_required").userMessage,
      status: "refused",
      premiumFrom: "2027-03-12",
    });
    expect(decide(row({ date: "2027-03-12" }), { type: "premium_refused_from", date: "2027-03-12" })).toEqual({
      do: "record_failed",
      message: PREMIUM_CASCADE,
      status: "refused",
    });
    expect(decide(row({ date: "2027-03-20" }), { type: "premium_refused_from", date: "2027-03-12" })).toEqual({
      do: "record_failed",
      message: PREMIUM_CASCADE,
      status: "refused",
    });
    expect(PREMIUM_CASCADE).toBe(
      "This date needs TrainingPeaks Premium: TrainingPeaks refused an earlier date for this athlete, so later ones were not sent.",
    );
    expect(decide(row({ date: "2027-03-11" }), { type: "premium_refused_from", date: "2027-03-12" })).toEqual({ do: "send" });
    expect(decide(row(), { type: "premium_refused_from", date: undefined })).toEqual({ do: "send" });
  });

  it("pauses the run on a 429 with a sentence naming Resume, and puts the row back", () => {
    const decision = decide(row(), { type: "failed", failure: failure("rate_limited", { status: 429 }) });
    expect(decision).toEqual({ do: "requeue", stop: stopSentence("send", new TrainingPeaksError("rate_limited").userMessage) });
    expect(decision.do === "requeue" && decision.stop).toMatch(/ Press Resume to go on\.$/);
  });

  it("looks on the calendar before sending again when a create may have landed, waiting first when no answer came", () => {
    expect(decide(row(), { type: "failed", failure: failure("unavailable", { status: 500, outcomeUnknown: true }) })).toEqual({
      do: "look_on_calendar",
      waitUntilLanded: false,
    });
    expect(decide(row(), { type: "failed", failure: failure("unavailable", { status: null, outcomeUnknown: true }) })).toEqual({
      do: "look_on_calendar",
      waitUntilLanded: true,
    });
    expect(decide(row(), { type: "failed", failure: failure("unavailable", { status: 504, outcomeUnknown: true }) })).toEqual({
      do: "look_on_calendar",
      waitUntilLanded: true,
    });
    const lost = failure("unavailable", { status: 500, outcomeUnknown: true });
    expect(decide(row(), { type: "looked", landed: "88", failure: lost }, rules)).toEqual({ do: "record_created", tpWorkoutId: "88" });
    expect(decide(row({ attempts: 2 }), { type: "looked", landed: null, failure: lost }, rules)).toEqual({ do: "requeue", afterMs: 200 });
    expect(decide(row({ attempts: 5 }), { type: "looked", landed: null, failure: lost }, rules)).toEqual({
      do: "record_failed",
      message: lost.userMessage,
      status: "failed",
    });
  });

  it("leaves the row in doubt and stops when the look on the calendar fails, so nothing is sent twice", () => {
    expect(decide(row(), { type: "look_failed", failure: failure("unavailable", { status: 500, outcomeUnknown: true }) })).toEqual({
      do: "leave_in_doubt",
      stop: NOT_ANSWERING,
    });
  });

  it("after a 401 goes on with a fresh token, or stops with the token source's own sentence", () => {
    expect(decide(row(), { type: "failed", failure: failure("unauthorized", { status: 401 }), tokenRenewed: true })).toEqual({
      do: "requeue",
    });
    expect(
      decide(row(), {
        type: "failed",
        failure: failure("unauthorized", { status: 401 }),
        tokenRenewed: false,
        expiredReason: "Paste a fresh token.",
      }),
    ).toEqual({ do: "requeue", stop: "Paste a fresh token. Press Resume to go on." });
    expect(decide(row(), { type: "failed", failure: failure("forbidden", { status: 403 }), tokenRenewed: true })).toEqual({
      do: "requeue",
    });
    expect(decide(row(), { type: "failed", failure: failure("forbidden", { status: 403 }), tokenRenewed: false })).toEqual({
      do: "record_failed",
      message: new TrainingPeaksError("forbidden").userMessage,
      status: "refused",
    });
  });
});

describe("stop sentences", () => {
  it("name the action that stopped and the button on screen that goes on with it", () => {
    const limited = new TrainingPeaksError("rate_limited");
    expect(stoppedWorkSentence("send", limited)).toBe(`${limited.userMessage} Press Resume to go on.`);
    expect(stoppedWorkSentence("undo", limited)).toBe(`${limited.userMessage} Press Undo import to go on.`);
    expect(stoppedWorkSentence("send", new Error("boom"))).toBe(
      "The import stopped because of an unexpected error; press Resume to go on.",
    );
    expect(stoppedWorkSentence("undo", new Error("boom"))).toBe(
      "The undo stopped because of an unexpected error; press Undo import to go on.",
    );
  });
});
