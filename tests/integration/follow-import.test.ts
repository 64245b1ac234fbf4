import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as claimRoute } from "@/app/api/imports/[id]/claim/route";
import { GET as progressRoute } from "@/app/api/imports/[id]/progress/route";
import { POST as undoRoute } from "@/app/api/imports/[id]/undo/route";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { followJob } from "../helpers/follow-job";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { readSample } from "../helpers/plans";
import { createImport, runImport } from "../helpers/routes";
import { endOf, Visitor } from "../helpers/visitor";

// Following an import (issue 12): a coach's Undo for one athlete, and an anonymous import moved to an account.

const tp = useFakeTrainingPeaks();
const coach = () => userOf(tp.credentials, "coach").jwt;
const jane = () => userOf(tp.credentials, "premium").jwt;
type Handler = Parameters<Visitor["call"]>[0];

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

async function undo(visitor: Visitor, id: string, token: string, body?: unknown) {
  const answer = await visitor.call(undoRoute as Handler, `/api/imports/${id}/undo`, { method: "POST", token, body, params: { id } });
  if (answer.status !== 202) return { ...answer, job: null };
  return { ...answer, job: (await followJob(id, visitor.keyHeader(id))).job };
}

describe.each(TEST_PROVIDERS)("following an import ($name)", (provider) => {
  useFreshAppDatabase(provider);

  it("undoes one athlete's share of a coach's import and leaves the other athlete's workouts and the job done", async () => {
    const visitor = new Visitor();
    const created = await visitor.createImport(
      {
        csv: readSample("plan-day-number.csv"),
        athletes: [
          { athleteId: "4567890", startDate: "2027-03-01" },
          { athleteId: "6789012", startDate: "2027-03-08" },
        ],
      } as never,
      coach(),
    );
    const id = created.body.id as string;
    const run = endOf((await visitor.runImport(id, coach())).events);
    expect(run?.counts.created).toBe(14);

    const undone = await undo(visitor, id, coach(), { athleteId: "6789012" });
    expect(undone.job?.rows.filter((row) => row.athleteId === "6789012").every((row) => row.status === "deleted")).toBe(true);
    expect(undone.job?.rows.filter((row) => row.athleteId === "4567890").every((row) => row.status === "created")).toBe(true);
    expect(undone.job?.status).toBe("done");
    expect(new Set(tp.fake.workouts().map((workout) => workout.athleteId))).toEqual(new Set([4567890]));

    const rest = await undo(visitor, id, coach());
    expect(rest.job?.status).toBe("undone");
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("refuses an athlete-limited undo for an athlete id that is not a number", async () => {
    const visitor = new Visitor();
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") }, jane());
    expect((await undo(visitor, created.body.id, jane(), { athleteId: "../1" })).status).toBe(422);
  });

  it("refuses a progress cursor that is not a time PlanDrop gave out, in words", async () => {
    const visitor = new Visitor();
    const { body } = await visitor.createImport({ csv: readSample("plan-dated.csv") }, jane());
    const answer = await visitor.call(progressRoute as Handler, `/api/imports/${body.id}/progress?since=yesterday`, {
      params: { id: body.id },
      headers: visitor.keyHeader(body.id),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toContain("The progress cursor is not a time PlanDrop gave out.");
  });

  it("moves an anonymous import to the account that signs in in the same browser, only with its key", async () => {
    const created = await createImport(jane(), { csv: readSample("plan-dated.csv") });
    const id = created.job?.id ?? "";
    const key = created.body.accessKey as string;
    await runImport(id, jane());

    const stranger = new Visitor("203.0.113.8");
    await stranger.signUp("stranger@example.com");
    const withoutKey = await stranger.call(claimRoute as Handler, `/api/imports/${id}/claim`, { method: "POST", params: { id } });
    expect(withoutKey.status).toBe(404);
    const wrongKey = await stranger.call(claimRoute as Handler, `/api/imports/${id}/claim`, {
      method: "POST",
      params: { id },
      headers: { "x-import-key": "not-the-key" },
    });
    expect(wrongKey.status).toBe(404);

    const signedOut = new Visitor("203.0.113.9");
    expect(
      (
        await signedOut.call(claimRoute as Handler, `/api/imports/${id}/claim`, {
          method: "POST",
          params: { id },
          headers: { "x-import-key": key },
        })
      ).status,
    ).toBe(401);

    const owner = new Visitor("203.0.113.10");
    await owner.signUp("owner@example.com");
    const claimed = await owner.call(claimRoute as Handler, `/api/imports/${id}/claim`, {
      method: "POST",
      params: { id },
      headers: { "x-import-key": key },
    });
    expect(claimed.status).toBe(200);
    expect(claimed.body.counts.created).toBe(7);
    expect((await owner.getImport(id)).status).toBe(200);

    // The key no longer opens it, and nobody else can take it.
    owner.jobKeys.clear();
    const anonymous = new Visitor("203.0.113.11");
    anonymous.jobKeys.set(id, key);
    expect((await anonymous.getImport(id)).status).toBe(404);
    const again = await stranger.call(claimRoute as Handler, `/api/imports/${id}/claim`, {
      method: "POST",
      params: { id },
      headers: { "x-import-key": key },
    });
    expect(again.status).toBe(404);
  });
});
