import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { captureLogs } from "@/lib/log";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { useFakeTrainingPeaks, userOf } from "../helpers/fake";
import { readSample } from "../helpers/plans";
import { endOf, Visitor } from "../helpers/visitor";

const tp = useFakeTrainingPeaks();
const janeCookie = () => userOf(tp.credentials, "premium").cookie;

beforeAll(() => {
  process.env.TRAININGPEAKS_API_URL = tp.fake.url;
  process.env.IMPORT_MIN_INTERVAL_MS = "0";
  process.env.IMPORT_RETRY_DELAY_MS = "10";
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

describe.each(TEST_PROVIDERS)("accounts and the saved TrainingPeaks connection ($name)", (provider) => {
  useFreshAppDatabase(provider);
  let visitor: Visitor;
  beforeEach(async () => {
    visitor = new Visitor();
    await visitor.signUp("jane@example.com");
  });

  it("signs up, signs out, and signs in again; the password is never stored in clear", async () => {
    expect(visitor.cookie).toMatch(/^plandrop_session=/);
    await visitor.signOut();
    expect(visitor.cookie).toBeNull();
    expect((await visitor.connection()).status).toBe(401);
    expect((await visitor.signIn("JANE@example.com", "a long enough password")).status).toBe(200);
    expect((await visitor.connection()).status).toBe(200);
    const stored = await (await getDb()).user.findFirstOrThrow();
    expect(stored.passwordHash).not.toContain("a long enough password");
  });

  it("refuses a short or common password at sign-up, in words", async () => {
    expect((await new Visitor().signUp("sam@example.com", "short")).body.error.message).toContain(
      "Use a password of at least 10 characters",
    );
    expect((await new Visitor().signUp("sam@example.com", "password12")).body.error.message).toContain("one of the most commonly used");
  });

  it("limits sign-in attempts per account from one address", async () => {
    const stranger = new Visitor("198.51.100.1");
    for (let i = 0; i < 5; i++) expect((await stranger.signIn("jane@example.com", "wrong password!")).status).toBe(401);
    const blocked = await stranger.signIn("jane@example.com", "a long enough password");
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/^Too many sign-in attempts; try again in \d+ minutes?\.$/);
  }, 30_000);

  it("limits sign-in attempts per address across accounts", async () => {
    const guesser = new Visitor("198.51.100.2");
    await Promise.all(Array.from({ length: 30 }, (_, i) => guesser.signIn(`nobody${i}@example.com`, "wrong password!")));
    expect((await guesser.signIn("jane@example.com", "a long enough password")).status).toBe(429);
  }, 30_000);

  it("saves a working cookie encrypted, and shows who is connected without the secret", async () => {
    const saved = await visitor.saveConnection(`Cookie: ajs=1; Production_tpAuth=${janeCookie()}; other=2`);
    expect(saved.status).toBe(200);
    expect(saved.body.notes).toEqual(["Kept only the Production_tpAuth cookie and left out 2 other cookies."]);
    expect(saved.body.connection).toMatchObject({
      name: "Jane Doe",
      athleteId: "1234567",
      accountType: "premium",
      isCoach: false,
      status: "connected",
      cookieLast4: janeCookie().slice(-4),
    });
    expect(saved.text).not.toContain(janeCookie());

    const row = await (await getDb()).trainingPeaksConnection.findFirstOrThrow();
    expect(row.cookieCiphertext).not.toContain(janeCookie());
    expect(row.tokenCiphertext).not.toMatch(/gAAAA/);
    const view = await visitor.connection();
    expect(view.text).not.toContain(janeCookie());
    expect(new Date(view.body.connection.tokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 3000_000);
  });

  it("shows a coach's roster size", async () => {
    const saved = await visitor.saveConnection(userOf(tp.credentials, "coach").cookie);
    expect(saved.body.connection).toMatchObject({ name: "Carla Coach", athleteId: null, isCoach: true, rosterCount: 3 });
  });

  it("does not save a cookie TrainingPeaks refuses", async () => {
    const refused = await visitor.saveConnection("an-expired-cookie-value-".padEnd(300, "0123456789"));
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe(
      "TrainingPeaks did not accept this cookie: it may have expired. Sign in to TrainingPeaks again and copy a fresh one.",
    );
    expect((await visitor.connection()).body.connection).toBeNull();
  });

  it("imports a plan with the saved connection, no token pasted", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    expect(created.status).toBe(201);
    const run = await visitor.runImport(created.body.id);
    expect(endOf(run.events)?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(tp.fake.requests().filter((request) => request.path === "/users/v3/token")).toHaveLength(1); // the cached token was reused
  });

  it("mints a fresh token after a 401 and carries on", async () => {
    await visitor.saveConnection(janeCookie());
    tp.fake.expireTokens();
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    const run = await visitor.runImport(created.body.id);
    expect(endOf(run.events)?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
    expect(tp.fake.requests().filter((request) => request.path === "/users/v3/token")).toHaveLength(2);
  });

  it("marks the connection as needing reconnecting when the cookie has died, says so, and loses nothing", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    tp.fake.expireTokens();
    tp.fake.setFaults({ rejectCookies: true });
    const run = await visitor.runImport(created.body.id);
    expect(run.status).toBe(409);
    expect(run.body.error.message).toBe(
      "TrainingPeaks no longer accepts the saved connection: paste a fresh Production_tpAuth cookie in Settings.",
    );
    expect((await visitor.getImport(created.body.id)).body.counts.pending).toBe(7);
    expect((await visitor.connection()).body.connection.status).toBe("needs_reconnecting");
    const tested = await visitor.testConnection();
    expect(tested.body.problem).toContain("paste a fresh Production_tpAuth cookie in Settings");

    tp.fake.setFaults({});
    await visitor.saveConnection(janeCookie());
    const resumed = await visitor.runImport(created.body.id);
    expect(endOf(resumed.events)?.status).toBe("done");
    expect(tp.fake.workouts()).toHaveLength(7);
  });

  it("mints once more after a 401, and when the fresh token is refused too, marks the connection as needing reconnecting", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ expireTokensAfter: 3 }); // from the 4th call on, every token is refused, even new ones
    const run = await visitor.runImport(created.body.id);
    const job = endOf(run.events);
    expect(job?.status).toBe("paused");
    expect(job?.pausedReason).toBe(
      "TrainingPeaks no longer accepts the saved connection: paste a fresh Production_tpAuth cookie in Settings. Press Resume to go on.",
    );
    expect(tp.fake.requests().filter((request) => request.path === "/users/v3/token").length).toBeGreaterThanOrEqual(2);
    expect((await visitor.connection()).body.connection.status).toBe("needs_reconnecting");
  });

  it("pauses an import whose saved cookie dies while it runs, with the reason in words", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    tp.fake.setFaults({ expireTokensAfter: 3, rejectCookies: true });
    const run = await visitor.runImport(created.body.id);
    const job = endOf(run.events);
    expect(job?.status).toBe("paused");
    expect(job?.pausedReason).toContain("TrainingPeaks no longer accepts the saved connection");
    expect((job?.counts.created ?? 0) + (job?.counts.pending ?? 0)).toBe(7);
    expect(tp.fake.workouts()).toHaveLength(job?.counts.created ?? -1);
  });

  it("unlinks: the secret and cached tokens are gone, and imports ask for a token again", async () => {
    await visitor.saveConnection(janeCookie());
    expect((await visitor.unlink()).body.connection).toBeNull();
    expect(await (await getDb()).trainingPeaksConnection.count()).toBe(0);
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    expect(created.status).toBe(401);
    expect(created.body.error.message).toBe("Paste your TrainingPeaks bearer token, or save your TrainingPeaks connection in Settings.");
  });

  it("lets a user see and run only their own imports: another user's ids answer 404", async () => {
    await visitor.saveConnection(janeCookie());
    const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
    const other = new Visitor();
    await other.signUp("mallory@example.com");
    expect((await other.getImport(created.body.id)).status).toBe(404);
    expect((await other.runImport(created.body.id, userOf(tp.credentials, "premium").jwt)).status).toBe(404);
    expect((await new Visitor().getImport(created.body.id)).status).toBe(404);
    expect((await visitor.getImport(created.body.id)).status).toBe(200);
    expect(tp.fake.workouts()).toHaveLength(0);
  });

  it("refuses state changes from another site", async () => {
    const forged = await visitor.call(
      (await import("@/app/api/trainingpeaks/connection/route")).DELETE as never,
      "/api/trainingpeaks/connection",
      {
        method: "DELETE",
        headers: { origin: "https://evil.example" },
      },
    );
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toBe("This request came from another site and was refused.");
  });

  it("never writes the cookie, a token or a password to the server's log", async () => {
    const capture = captureLogs();
    const logged = capture.lines;
    try {
      await visitor.signOut();
      await visitor.signIn("jane@example.com", "a long enough password");
      await visitor.saveConnection(janeCookie());
      tp.fake.setFaults({ serverErrorEvery: 5 });
      const created = await visitor.createImport({ csv: readSample("plan-dated.csv") });
      await visitor.runImport(created.body.id);
      tp.fake.setFaults({});
      const pasted = userOf(tp.credentials, "premium").jwt;
      await new Visitor().createImport({ csv: readSample("plan-dated.csv") }, pasted);
      await visitor.saveConnection("not-a-valid-cookie-but-long-enough-".padEnd(200, "x"));
      const row = await (await getDb()).trainingPeaksConnection.findFirstOrThrow();
      const all = logged.join("\n");
      expect(logged.length).toBeGreaterThan(0);
      for (const secret of [janeCookie(), pasted, "a long enough password", row.cookieCiphertext, "not-a-valid-cookie"])
        expect(all).not.toContain(secret);
      expect(all).not.toMatch(/gAAAA/);
    } finally {
      capture.stop();
    }
  });
});
