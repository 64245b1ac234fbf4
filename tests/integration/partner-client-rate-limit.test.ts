import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Pacer } from "@/lib/trainingpeaks/pacer";
import { createPartnerClient } from "@/lib/trainingpeaks/partner/client";

// The Partner API documents no 429 (Partner doc §8, uncertain): if one comes anyway, PlanDrop
// waits it out as it does for the web API, pausing the pace every request of that account shares.

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A Partner API that answers 429 with Retry-After `seconds` to the first `refusals` requests. */
async function partnerApiRefusing(refusals: number, seconds: number) {
  const times: number[] = [];
  const api = createServer((request, response) => {
    times.push(Date.now());
    if (times.length <= refusals) {
      response.writeHead(429, { "Retry-After": String(seconds), "Content-Type": "application/json" });
      return response.end(JSON.stringify(["Too many requests"]));
    }
    response.writeHead(request.method === "POST" ? 201 : 200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(request.method === "POST" ? { Id: "987" } : { Id: 1234567, FirstName: "Jane", IsPremium: true }));
  });
  server = api;
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(api.address() as AddressInfo).port}`, times };
}

describe("the Partner client when TrainingPeaks answers 429", () => {
  it("waits as long as Retry-After says, pausing the shared pace, then reads the profile", async () => {
    const api = await partnerApiRefusing(2, 1);
    const pacer = new Pacer(0);
    const client = createPartnerClient({ baseUrl: api.url, timeoutMs: 5_000, userAgent: "PlanDrop test", pacer, log: () => undefined });
    expect((await client.getAthleteProfile("token")).Id).toBe("1234567");
    expect(api.times).toHaveLength(3);
    expect((api.times[2] as number) - (api.times[0] as number)).toBeGreaterThanOrEqual(1_900);
  });

  it("sends a create again after a 429 (a refused create was not made), once", async () => {
    const api = await partnerApiRefusing(1, 0);
    const client = createPartnerClient({ baseUrl: api.url, timeoutMs: 5_000, userAgent: "PlanDrop test", log: () => undefined });
    const body = { AthleteId: 1234567, WorkoutDay: "2027-01-04", Title: "Easy", WorkoutType: "run" };
    expect(await client.createWorkout("token", body as Parameters<typeof client.createWorkout>[1])).toBe("987");
    expect(api.times).toHaveLength(2);
  });

  it("gives up with the rate-limit sentence when TrainingPeaks keeps answering 429", async () => {
    const api = await partnerApiRefusing(100, 0);
    const client = createPartnerClient({
      baseUrl: api.url,
      timeoutMs: 5_000,
      userAgent: "PlanDrop test",
      maxRateLimitWaits: 2,
      log: () => undefined,
    });
    await expect(client.getAthleteProfile("token")).rejects.toMatchObject({ kind: "rate_limited" });
  });
});
