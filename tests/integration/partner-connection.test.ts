import { describe, expect, it } from "vitest";
import { parseOk } from "../helpers/plans";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { runImport } from "@/lib/imports/engine/run-import";
import { PARTNER_CLIENT } from "../fakes/partner-fixtures";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { consentAs, useFakePartner } from "../helpers/partner";
import type { Db } from "@/lib/db/client";
import { getConnectionView } from "@/lib/connections/connections";
import {
  type PartnerDeps,
  partnerTokenSource,
  savePartnerConnection,
  testPartnerConnection,
  unlinkPartnerConnection,
} from "@/lib/connections/partner-connections";
import { createPartnerClient } from "@/lib/trainingpeaks/partner/client";
import { exchangeCode, PartnerOAuthError, startAuthorization } from "@/lib/trainingpeaks/partner/oauth";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";
import { captureLogs } from "@/lib/log";

const partner = useFakePartner();
const USER = "user-1";

function deps(usePkce = false, quiet = true): PartnerDeps {
  const client = createPartnerClient({
    baseUrl: partner.fake.url,
    timeoutMs: 5_000,
    userAgent: "PlanDrop-test/1",
    ...(quiet ? { log: () => undefined } : {}),
  });
  return { config: { ...partner.config, usePkce }, calendar: (role) => partnerCalendar(client, { role }) };
}

async function connect(db: Db, user: "premium" | "basic" | "coach" = "premium", usePkce = false) {
  const role = user === "coach" ? "coach" : "athlete";
  const started = await startAuthorization(deps(usePkce).config, role);
  const back = await consentAs(started.url, user);
  const tokens = await exchangeCode(deps(usePkce).config, back, started);
  return savePartnerConnection(db, deps(usePkce), USER, role, tokens);
}

describe.each(TEST_PROVIDERS)("Connect with TrainingPeaks ($name)", (provider) => {
  const database = useMigratedDatabase(provider);
  const seedUser = () => database.db.user.create({ data: { id: USER, email: "jane@example.com", passwordHash: "x" } });

  it("asks only for the scopes it needs, and after consent shows the athlete, Premium, connected through OAuth", async () => {
    await seedUser();
    const started = await startAuthorization(deps().config, "athlete");
    expect(new URL(started.url).searchParams.get("scope")).toBe("athlete:profile workouts:plan workouts:read");
    expect(new URL(started.url).searchParams.get("state")).toBe(started.state);
    const back = await consentAs(started.url, "premium");
    expect(back.searchParams.get("state")).toBe(started.state);
    const view = await savePartnerConnection(database.db, deps(), USER, "athlete", await exchangeCode(deps().config, back, started));
    expect(view).toMatchObject({
      method: "oauth",
      name: "Jane Doe",
      athleteId: "1234567",
      accountType: "premium",
      isCoach: false,
      status: "connected",
      cookieLast4: null,
    });
    expect(await getConnectionView(database.db, USER)).toMatchObject({ method: "oauth" });
    const row = await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } });
    expect(row.accessCiphertext?.split(".")).toHaveLength(5); // a JWE, never the token itself
    expect(JSON.stringify(row)).not.toContain(back.searchParams.get("code") ?? "-");
  });

  it("shows a coach with their roster size", async () => {
    await seedUser();
    expect(await connect(database.db, "coach")).toMatchObject({ name: "Carla Coach", isCoach: true, rosterCount: 2, athleteId: null });
  });

  it("exchanges the code with a PKCE verifier when PKCE is switched on, and the fake refuses a wrong one", async () => {
    await seedUser();
    expect((await connect(database.db, "premium", true)).status).toBe("connected");
    const started = await startAuthorization(deps(true).config, "athlete");
    const back = await consentAs(started.url, "premium");
    await expect(exchangeCode(deps(true).config, back, { ...started, codeVerifier: "x".repeat(43) })).rejects.toMatchObject({
      kind: "refused",
    });
  });

  it("refuses an answer whose state is not the one this browser started with, before any token call", async () => {
    const started = await startAuthorization(deps().config, "athlete");
    const back = await consentAs(started.url, "premium");
    const before = partner.fake.requests().length;
    const refused = await exchangeCode(deps().config, back, { ...started, state: "another-state" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PartnerOAuthError);
    expect((refused as PartnerOAuthError).kind).toBe("state_mismatch");
    expect(
      partner.fake
        .requests()
        .slice(before)
        .some((request) => request.path.toLowerCase() === "/oauth/token"),
    ).toBe(false);
  });

  it("refuses an answer without state (fail closed), and says so when the user pressed Deny", async () => {
    const started = await startAuthorization(deps().config, "athlete");
    const back = await consentAs(started.url, "premium");
    back.searchParams.delete("state");
    await expect(exchangeCode(deps().config, back, started)).rejects.toMatchObject({ kind: "state_mismatch" });
    const other = await startAuthorization(deps().config, "athlete");
    await expect(exchangeCode(deps().config, await consentAs(other.url, "premium", "deny"), other)).rejects.toMatchObject({
      kind: "denied",
    });
  });

  it("refreshes the access token a minute before it expires, and keeps the rotated refresh token", async () => {
    await seedUser();
    partner.fake.settings({ expiresIn: 30, rotateRefreshTokens: true });
    await connect(database.db);
    const before = await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } });
    const token = await partnerTokenSource(database.db, deps().config, USER).token();
    const after = await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } });
    expect(after.accessCiphertext).not.toBe(before.accessCiphertext);
    expect(after.refreshCiphertext).not.toBe(before.refreshCiphertext);
    expect(partner.fake.requests().filter((request) => request.path === "/oauth/token")).toHaveLength(2);
    expect((await deps().calendar("athlete").describeAccount(token)).name).toBe("Jane Doe");
  });

  it("refreshes once when several senders find the token due at the same time, so a rotated refresh token is never used twice", async () => {
    await seedUser();
    partner.fake.settings({ expiresIn: 30, rotateRefreshTokens: true });
    await connect(database.db);
    const source = partnerTokenSource(database.db, deps().config, USER);
    const tokens = await Promise.all([source.token(), source.token(), source.token(), source.token()]);
    expect(new Set(tokens).size).toBe(1);
    expect(partner.fake.requests().filter((request) => request.path === "/oauth/token")).toHaveLength(2);
    expect(await getConnectionView(database.db, USER)).toMatchObject({ status: "connected" });
  });

  it("keeps using a refresh token that TrainingPeaks does not rotate", async () => {
    await seedUser();
    partner.fake.settings({ expiresIn: 30, rotateRefreshTokens: false });
    await connect(database.db);
    const source = partnerTokenSource(database.db, deps().config, USER);
    await source.token();
    await source.token();
    expect(partner.fake.requests().filter((request) => request.path === "/oauth/token")).toHaveLength(3);
  });

  it("refreshes once after a 401 and goes on", async () => {
    await seedUser();
    await connect(database.db);
    const source = partnerTokenSource(database.db, deps().config, USER);
    const first = await source.token();
    partner.fake.expireAccessTokens();
    expect(await source.renewAfterUnauthorized(first)).toBe(true);
    const second = await source.token();
    expect(second).not.toBe(first);
    expect((await testPartnerConnection(database.db, deps(), USER)).status).toBe("connected");
  });

  it("marks the connection as needing reconnecting, with the sentence that says so, when TrainingPeaks refuses the refresh", async () => {
    await seedUser();
    partner.fake.settings({ expiresIn: 30 });
    await connect(database.db);
    await database.db.partnerConnection.update({
      where: { userId: USER },
      data: { refreshCiphertext: (await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } })).accessCiphertext },
    });
    const refused = await partnerTokenSource(database.db, deps().config, USER)
      .token()
      .catch((error: unknown) => error);
    expect((refused as Error).message).toContain("Connect with TrainingPeaks");
    expect(await getConnectionView(database.db, USER)).toMatchObject({ status: "needs_reconnecting" });
  });

  it("Unlink calls TrainingPeaks' deauthorize and deletes both tokens; the old tokens no longer work", async () => {
    await seedUser();
    await connect(database.db);
    const token = await partnerTokenSource(database.db, deps().config, USER).token();
    expect(await unlinkPartnerConnection(database.db, deps().config, USER)).toEqual({ revoked: true });
    expect(partner.fake.revoked()).toBeGreaterThan(0);
    expect(await database.db.partnerConnection.findUnique({ where: { userId: USER } })).toBeNull();
    await expect(deps().calendar("athlete").describeAccount(token)).rejects.toMatchObject({ kind: "unauthorized" });
  });

  it("never writes an access token, a refresh token, the code or the client secret to the server's log", async () => {
    await seedUser();
    const capture = captureLogs();
    const logged = capture.lines;
    try {
      await connect(database.db);
      const row = await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } });
      const source = partnerTokenSource(database.db, deps().config, USER);
      const first = await source.token();
      partner.fake.expireAccessTokens(); // the import's first create answers 401: refreshed once, then sent
      const plan = parseOk(
        "date,sport,title,duration\n2027-01-01,Run,Easy,45\n".replace(
          "2027-01-01",
          new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
        ),
      );
      const job = await createImportJob(database.db, {
        userId: USER,
        credential: "connection",
        fileName: "plan.csv",
        athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: plan.rows }],
      });
      const finished = await runImport(database.db, job.id, {
        client: deps(false, false).calendar("athlete"),
        tokens: source,
        concurrency: 1,
      });
      expect(finished.counts.created).toBe(1);
      const after = await database.db.partnerConnection.findUniqueOrThrow({ where: { userId: USER } });
      await unlinkPartnerConnection(database.db, deps().config, USER);
      const all = logged.join("\n");
      expect(logged.some((line) => line.includes("answered 401"))).toBe(true);
      const { decryptSecret } = await import("@/lib/crypto");
      const secrets = [
        first,
        PARTNER_CLIENT.secret,
        row.accessCiphertext,
        row.refreshCiphertext,
        after.accessCiphertext,
        after.refreshCiphertext,
      ];
      for (const ciphertext of [row.refreshCiphertext, after.accessCiphertext, after.refreshCiphertext])
        secrets.push((await decryptSecret(ciphertext ?? "")).plaintext);
      for (const secret of secrets) expect(all).not.toContain(secret);
      expect(all).not.toMatch(/gAAAA/);
    } finally {
      capture.stop();
    }
  });
});
