import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as cancelRoute } from "@/app/api/imports/[id]/cancel/route";
import { POST as duplicatesRoute } from "@/app/api/imports/[id]/duplicates/route";
import { GET as resultsRoute } from "@/app/api/imports/[id]/results.csv/route";
import { POST as runImportRoute } from "@/app/api/imports/[id]/run/route";
import { DELETE as unlinkRoute } from "@/app/api/trainingpeaks/connection/route";
import { getDb } from "@/lib/db/client";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { followJob } from "../helpers/follow-job";
import { readSample } from "../helpers/plans";
import { Visitor } from "../helpers/visitor";

const tp = useFakeTrainingPeaks();
type Handler = Parameters<Visitor["call"]>[0];

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

describe.each(TEST_PROVIDERS)("refusals in one sentence, no caching, anonymous jobs kept to their browser ($name)", (provider) => {
  useFreshAppDatabase(provider);
  let jane: Visitor;
  beforeEach(async () => {
    jane = new Visitor();
    await jane.signUp("jane@example.com");
  });

  it("answers that belong to one user are never cached, the results CSV too", async () => {
    await jane.saveConnection(userOf(tp.credentials, "premium").cookie);
    const created = await jane.createImport({ csv: readSample("plan-dated.csv") });
    const id = created.body.id as string;
    for (const response of [
      await (await import("@/app/api/imports/[id]/route")).GET(
        new Request(`http://plandrop.test/api/imports/${id}`, { headers: { cookie: jane.cookie ?? "" } }),
        { params: Promise.resolve({ id }) },
      ),
      await resultsRoute(new Request(`http://plandrop.test/api/imports/${id}/results.csv`, { headers: { cookie: jane.cookie ?? "" } }), {
        params: Promise.resolve({ id }),
      }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it.each([
    ["Origin: null", { origin: "null" }, "This request came from a page with no address (a sandboxed frame or a file) and was refused."],
    ["another scheme", { origin: "https://plandrop.test" }, "This request came from another site and was refused."],
    [
      "a forged X-Forwarded-Host",
      { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
      "This request came from another site and was refused.",
    ],
    ["no Origin, Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }, "This request came from another site and was refused."],
  ])("refuses a state change with %s, in one sentence", async (_name, headers, sentence) => {
    const forged = await jane.call(unlinkRoute as Handler, "/api/trainingpeaks/connection", { method: "DELETE", headers });
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toBe(sentence);
  });

  it("accepts a state change from this site", async () => {
    const same = await jane.call(unlinkRoute as Handler, "/api/trainingpeaks/connection", {
      method: "DELETE",
      headers: { origin: "http://plandrop.test", "sec-fetch-site": "same-origin" },
    });
    expect(same.status).toBe(200);
  });

  it("refuses a file name with a NUL byte in one sentence, not a crash", async () => {
    const answer = await new Visitor().call((await import("@/app/api/imports/route")).POST as Handler, "/api/imports", {
      method: "POST",
      token: userOf(tp.credentials, "premium").jwt,
      body: { csv: readSample("plan-dated.csv"), fileName: "plan\u0000.csv" },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toContain("The file name has control characters in it; rename the file and try again.");
  });

  it("an anonymous import is reached only by the browser that made it (its key) or with the token, not by its id alone", async () => {
    const maker = new Visitor("192.0.2.1");
    const token = userOf(tp.credentials, "premium").jwt;
    const created = await maker.createImport({ csv: readSample("plan-dated.csv") }, token);
    const id = created.body.id as string;
    expect(created.body.accessKey).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(await (await getDb()).importJob.findUniqueOrThrow({ where: { id } }))).not.toContain(created.body.accessKey);

    const stranger = new Visitor("192.0.2.2");
    expect((await stranger.getImport(id)).status).toBe(404);
    expect((await stranger.call(cancelRoute as Handler, `/api/imports/${id}/cancel`, { method: "POST", params: { id } })).status).toBe(404);
    expect(
      (
        await stranger.call(duplicatesRoute as Handler, `/api/imports/${id}/duplicates`, {
          method: "POST",
          body: { action: "import" },
          params: { id },
        })
      ).status,
    ).toBe(404);
    expect((await stranger.call(resultsRoute as Handler, `/api/imports/${id}/results.csv`, { params: { id } })).status).toBe(404);
    expect(
      (
        await stranger.call(cancelRoute as Handler, `/api/imports/${id}/cancel`, {
          method: "POST",
          params: { id },
          headers: { "x-import-key": "guessed" },
        })
      ).status,
    ).toBe(404);

    expect((await maker.getImport(id)).status).toBe(200);
    expect(
      (
        await maker.call(cancelRoute as Handler, `/api/imports/${id}/cancel`, {
          method: "POST",
          params: { id },
          headers: maker.keyHeader(id),
        })
      ).status,
    ).toBe(200);
    const started = await stranger.call(runImportRoute as Handler, `/api/imports/${id}/run`, {
      method: "POST",
      body: {},
      token,
      params: { id },
    });
    expect(started.status).toBe(202); // the token that reaches the calendar may send it
    expect((await followJob(id, maker.keyHeader(id))).job.status).toBe("done");
  });

  it("a saved cookie that can no longer be decrypted marks the connection 'needs reconnecting' and says so", async () => {
    await jane.saveConnection(userOf(tp.credentials, "premium").cookie);
    const db = await getDb();
    const row = await db.trainingPeaksConnection.findFirstOrThrow();
    const parts = row.cookieCiphertext.split(".");
    parts[3] = `${parts[3]?.slice(0, -4)}AAAA`; // tampered ciphertext
    await db.trainingPeaksConnection.update({
      where: { id: row.id },
      data: { cookieCiphertext: parts.join("."), tokenCiphertext: null, tokenExpiresAt: null },
    });

    const refused = await jane.createImport({ csv: readSample("plan-dated.csv") });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      "PlanDrop can no longer read the saved TrainingPeaks connection (its encryption key has changed): paste a fresh Production_tpAuth cookie in Settings.",
    );
    expect((await jane.connection()).body.connection.status).toBe("needs_reconnecting");
  });

  it("a pasted-token job whose run died while it was sending shows Resume and Cancel, and Cancel leaves it stopped", async () => {
    const token = userOf(tp.credentials, "premium").jwt;
    const created = await jane.createImport({ csv: readSample("plan-dated.csv") }, token);
    const id = created.body.id as string;
    const db = await getDb();
    await db.importJob.update({
      where: { id },
      data: { status: "running", runnerId: "a run that died", leaseUntil: new Date(Date.now() - 60_000) },
    });

    const stuck = await jane.getImport(id);
    expect(stuck.body).toMatchObject({ status: "paused", stuck: true });
    expect(stuck.body.pausedReason).toMatch(/^This import stopped unexpectedly .* Press Resume to go on/);

    const cancelled = await jane.call(cancelRoute as Handler, `/api/imports/${id}/cancel`, { method: "POST", params: { id } });
    expect(cancelled.body).toMatchObject({ status: "paused", stuck: false });
    expect(cancelled.body.pausedReason).toMatch(/^Cancelled\./);
    const resumed = await jane.runImport(id, token);
    expect(resumed.events.at(-1)).toMatchObject({ type: "end", job: { status: "done" } });
  });
});
