import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as changePasswordRoute } from "@/app/api/auth/password/route";
import { DELETE as signOutEverywhereRoute } from "@/app/api/auth/sessions/route";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { Visitor } from "../helpers/visitor";

// Every password check goes through this spy, so a test can count them.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const passwordChecks = () => vi.mocked(verifyPassword).mock.calls.length;

type Handler = Parameters<Visitor["call"]>[0];
const PASSWORD = "a long enough password";

beforeAll(() => {
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

describe.each(TEST_PROVIDERS)("sign-in that cannot be brute-forced, and sessions that end ($name)", (provider) => {
  useFreshAppDatabase(provider);
  beforeEach(async () => {
    await new Visitor("192.0.2.50").signUp("jane@example.com", PASSWORD);
    vi.mocked(verifyPassword).mockClear();
  });

  it("100 parallel sign-ins from one address, the right password last: no session, and no more password checks than the limit", async () => {
    const attacker = (password: string) => new Visitor("198.51.100.9").signIn("jane@example.com", password);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => attacker(i === 99 ? PASSWORD : `wrong guess number ${i}`)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(0);
    expect(answers.at(-1)?.status).toBe(429);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(95);
    expect(passwordChecks()).toBeLessThanOrEqual(5);
  }, 60_000);

  it("a new X-Forwarded-For on each request does not buy more guesses: only the hop PlanDrop's server added counts", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => new Visitor(`10.0.${i}.1, 198.51.100.10`).signIn("jane@example.com", `wrong guess number ${i}`)),
    );
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(35);
    expect(passwordChecks()).toBeLessThanOrEqual(5);
  }, 60_000);

  it("an attacker guessing from elsewhere does not lock the user out", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => new Visitor("198.51.100.11").signIn("jane@example.com", `wrong guess number ${i}`)),
    );
    expect((await new Visitor("192.0.2.50").signIn("jane@example.com", PASSWORD)).status).toBe(200);
  }, 60_000);

  it("signing in and up answer the same whether or not the email has an account", async () => {
    const known = await new Visitor("198.51.100.12").signIn("jane@example.com", "not her password at all");
    const unknown = await new Visitor("198.51.100.12").signIn("nobody@example.com", "not her password at all");
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    expect(known.body.error.message).toBe("That email and password do not match an account.");

    const taken = await new Visitor("198.51.100.13").signUp("jane@example.com", "another long passphrase");
    expect(taken.status).toBe(401);
    expect(taken.text).not.toMatch(/already|exists|taken/i);
    const again = new Visitor("198.51.100.13");
    expect((await again.signUp("jane@example.com", PASSWORD)).status).toBe(201); // her own password: simply signed in
  });

  it("limits sign-ups per address", async () => {
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await new Visitor("198.51.100.14").signUp(`new${i}@example.com`, PASSWORD));
    expect(answers.slice(0, 10).every((answer) => answer.status === 201)).toBe(true);
    expect(answers[10]?.status).toBe(429);
    expect(answers[10]?.body.error.message).toMatch(/^Too many sign-up attempts; try again in \d+ minutes?\.$/);
  }, 30_000);

  it("an old cookie is refused after sign-out", async () => {
    const visitor = new Visitor("192.0.2.50");
    await visitor.signIn("jane@example.com", PASSWORD);
    const oldCookie = visitor.cookie;
    expect((await visitor.connection()).status).toBe(200);
    await visitor.signOut();
    const replay = new Visitor("192.0.2.50");
    replay.cookie = oldCookie;
    const refused = await replay.connection();
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe("Sign in first.");
  });

  it("a session past its expiry is refused, and forgotten at the next sign-in", async () => {
    const visitor = new Visitor("192.0.2.50");
    await visitor.signIn("jane@example.com", PASSWORD);
    const db = await getDb();
    await db.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect((await visitor.connection()).status).toBe(401);
    await new Visitor("192.0.2.50").signIn("jane@example.com", PASSWORD);
    expect(await db.session.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);
  });

  it("Sign out everywhere ends every session of the user", async () => {
    const laptop = new Visitor("192.0.2.50");
    const phone = new Visitor("192.0.2.51");
    await laptop.signIn("jane@example.com", PASSWORD);
    await phone.signIn("jane@example.com", PASSWORD);
    const phoneCookie = phone.cookie;
    expect(
      (await laptop.call(signOutEverywhereRoute as Handler, "/api/auth/sessions", { method: "DELETE" })).body.ended,
    ).toBeGreaterThanOrEqual(2);
    phone.cookie = phoneCookie;
    expect((await phone.connection()).status).toBe(401);
  });

  it("a password change ends the other sessions and keeps this one", async () => {
    const laptop = new Visitor("192.0.2.50");
    const phone = new Visitor("192.0.2.51");
    await laptop.signIn("jane@example.com", PASSWORD);
    await phone.signIn("jane@example.com", PASSWORD);
    const wrong = await laptop.call(changePasswordRoute as Handler, "/api/auth/password", {
      method: "POST",
      body: { currentPassword: "not the password", newPassword: "a brand new passphrase" },
    });
    expect(wrong.body.error.message).toBe("Your current password is not right.");
    const changed = await laptop.call(changePasswordRoute as Handler, "/api/auth/password", {
      method: "POST",
      body: { currentPassword: PASSWORD, newPassword: "a brand new passphrase" },
    });
    expect(changed.status).toBe(200);
    expect((await laptop.connection()).status).toBe(200);
    expect((await phone.connection()).status).toBe(401);
    expect((await new Visitor("192.0.2.52").signIn("jane@example.com", PASSWORD)).status).toBe(401);
    expect((await new Visitor("192.0.2.52").signIn("jane@example.com", "a brand new passphrase")).status).toBe(200);
  });
});
