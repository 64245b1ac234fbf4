import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, fetchImport, sentenceOf } from "@/lib/imports/browser/import-api-client";

// The page shows the server's own sentence for a refusal, and one plain sentence for anything else.

afterEach(() => vi.unstubAllGlobals());

async function failureOf(answer: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal("fetch", answer);
  return fetchImport("job-1").then(
    () => null,
    (failure: unknown) => failure,
  );
}

describe("what the page says when PlanDrop refuses or cannot be reached", () => {
  it("shows the server's sentence for a refusal, and knows its code", async () => {
    const failure = await failureOf(async () =>
      Response.json({ error: { code: "not_found", message: "This import does not exist." } }, { status: 404 }),
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe("not_found");
    expect(sentenceOf(failure)).toBe("This import does not exist.");
  });

  it("says the status when the answer is not PlanDrop's (a proxy's error page)", async () => {
    const failure = await failureOf(async () => new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(sentenceOf(failure)).toBe("PlanDrop answered with an error (502); please try again.");
  });

  it("says PlanDrop could not be reached when the network fails", async () => {
    const failure = await failureOf(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect((failure as ApiError).code).toBe("unreachable");
    expect(sentenceOf(failure)).toBe("PlanDrop could not be reached; check your connection and try again.");
  });

  it("says to reload when an answer is not in the shape this page expects", async () => {
    const failure = await failureOf(async () => Response.json({ surprise: true }));
    expect(sentenceOf(failure)).toBe("PlanDrop answered in a way this page does not understand; reload the page and try again.");
  });
});
