import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ERROR_CODES, errorAnswerSchema } from "@/lib/error-codes";
import { AppError, stoppedWorkSentence, toErrorResponse } from "@/lib/errors";
import { captureLogs } from "@/lib/log";
import { TrainingPeaksError, type TrainingPeaksErrorKind } from "@/lib/trainingpeaks/errors";

const KINDS: TrainingPeaksErrorKind[] = [
  "unauthorized",
  "cookie_rejected",
  "forbidden",
  "premium_required",
  "rejected",
  "not_found",
  "rate_limited",
  "unavailable",
  "bad_response",
];

async function answerOf(error: unknown) {
  const response = toErrorResponse(error);
  return { status: response.status, body: errorAnswerSchema.parse(await response.json()) };
}

describe("what a refused request answers", () => {
  it("answers a known refusal with its code's status and sentence, or the error's own sentence", async () => {
    expect(await answerOf(new AppError("signed_out"))).toEqual({
      status: 401,
      body: { error: { code: "signed_out", message: "Sign in first." } },
    });
    expect(await answerOf(new AppError("invalid_plan", "Row 4: the date is not a date."))).toEqual({
      status: 422,
      body: { error: { code: "invalid_plan", message: "Row 4: the date is not a date." } },
    });
  });

  it("answers every TrainingPeaks failure with a code of the one list, its status and the sentence of that code", async () => {
    for (const kind of KINDS) {
      const { status, body } = await answerOf(new TrainingPeaksError(kind));
      const code = `trainingpeaks_${kind}` as const;
      expect(body.error).toEqual({ code, message: ERROR_CODES[code].sentence });
      expect(status).toBe(ERROR_CODES[code].status);
    }
    expect((await answerOf(new TrainingPeaksError("premium_required"))).status).toBe(402);
  });

  it("answers a request that fails its schema with 422 and the field that is wrong", async () => {
    const failed = z.object({ email: z.email("Enter a valid email address.") }).safeParse({ email: "nope" });
    expect(await answerOf(failed.error)).toEqual({
      status: 422,
      body: { error: { code: "invalid_request", message: "The request is not valid (email: Enter a valid email address.)." } },
    });
  });

  it("answers anything unexpected with general words, and logs it", async () => {
    const capture = captureLogs();
    const answer = await answerOf(new Error("disk full"));
    capture.stop();
    expect(answer).toEqual({
      status: 500,
      body: { error: { code: "internal_error", message: "Something went wrong on our side; please try again." } },
    });
    expect(capture.lines.join("")).toContain("disk full");
  });
});

describe("what a stopped job tells the user to press", () => {
  it("names Resume when sending stopped and Undo import when undoing stopped: the button that is on screen", () => {
    const expired = new TrainingPeaksError("unauthorized");
    expect(stoppedWorkSentence("send", expired)).toBe(`${expired.userMessage} Press Resume to go on.`);
    expect(stoppedWorkSentence("undo", expired)).toBe(`${expired.userMessage} Press Undo import to go on.`);
    expect(stoppedWorkSentence("undo", new Error("disk full"))).toBe(
      "The undo stopped because of an unexpected error; press Undo import to go on.",
    );
    expect(stoppedWorkSentence("send", new Error("disk full"))).toBe(
      "The import stopped because of an unexpected error; press Resume to go on.",
    );
  });
});
