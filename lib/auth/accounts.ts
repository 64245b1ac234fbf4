import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { sentenceFor } from "@/lib/error-codes";
import { AppError } from "@/lib/errors";
import { sleep } from "@/lib/trainingpeaks/pacer";
import { type AttemptVerdict, clearAttempts, countAttempt, type Limit } from "./attempt-limit";
import { hashPassword, verifyPassword } from "./password";
import { newPasswordSchema } from "./password-policy";
import { endUserSessions, type SignedInUser } from "./sessions";

const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));
export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200, "Use a password of at most 200 characters."),
});
export const newCredentialsSchema = z.object({ email: emailSchema, password: newPasswordSchema });
export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200),
  newPassword: newPasswordSchema,
});
export type Credentials = z.infer<typeof credentialsSchema>;

const WINDOW_MS = 15 * 60_000;
/**
 * Sign-in limits. One address gets 5 tries at one account and 30 at any, slowing down after the
 * first few; an account tried from many addresses is slowed down but never locked, so nobody
 * can lock a user out by guessing from elsewhere.
 */
const signInLimits = (email: string, address: string): Limit[] => [
  { key: `sign-in:pair:${email}|${address}`, max: 5, windowMs: WINDOW_MS, slowAfter: 2 },
  { key: `sign-in:address:${address}`, max: 30, windowMs: WINDOW_MS, slowAfter: 10 },
  { key: `sign-in:account:${email}`, max: Number.MAX_SAFE_INTEGER, windowMs: WINDOW_MS, slowAfter: 10 },
];
const signUpLimits = (address: string): Limit[] => [
  { key: `sign-up:address:${address}`, max: getEnv().SIGN_UPS_PER_HOUR, windowMs: 60 * 60_000 },
];
// Compared against when the account does not exist, so both answers take as long.
const NO_SUCH_USER_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/** Counts the attempt first; a refused one is never checked, a slowed one waits before it is. */
async function admit(db: Db, limits: Limit[], what: string) {
  const verdict: AttemptVerdict = await countAttempt(db, limits);
  if (verdict.refusedForMs !== null) {
    const minutes = Math.max(1, Math.ceil(verdict.refusedForMs / 60_000));
    throw new AppError("rate_limited", `Too many ${what} attempts; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);
  }
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
}

/** Signs in, counting the attempt before the password is checked. */
export async function signIn(db: Db, credentials: Credentials, address: string): Promise<{ id: string; email: string }> {
  const limits = signInLimits(credentials.email, address);
  await admit(db, limits, "sign-in");
  const user = await db.user.findUnique({ where: { email: credentials.email } });
  const matches = await verifyPassword(credentials.password, user?.passwordHash ?? NO_SUCH_USER_HASH);
  if (!user || !matches) throw new AppError("wrong_credentials");
  await clearAttempts(db, [limits[0] as Limit, limits[2] as Limit]);
  return { id: user.id, email: user.email };
}

/**
 * Makes the account if the email is new, then signs in through the same checks as sign-in, so
 * signing up with an email that has an account answers as signing in would (it works only with
 * that account's password) and says nothing more about which emails have accounts.
 */
export async function signUp(db: Db, credentials: Credentials, address: string): Promise<{ id: string; email: string }> {
  await admit(db, signUpLimits(address), "sign-up");
  const passwordHash = await hashPassword(credentials.password); // made either way, so both take as long
  const existing = await db.user.findUnique({ where: { email: credentials.email }, select: { id: true } });
  if (!existing) {
    await db.user.create({ data: { id: randomUUID(), email: credentials.email, passwordHash } }).catch((error: unknown) => {
      if (!(typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002")) throw error; // made at the same moment
    });
  }
  try {
    return await signIn(db, credentials, address);
  } catch (error) {
    if (error instanceof AppError && error.code === "wrong_credentials")
      throw new AppError(
        "wrong_credentials",
        `${sentenceFor("wrong_credentials")} If you signed up before, sign in with that account's password.`,
      );
    throw error;
  }
}

/** Changes the password after checking the current one (limited like sign-in), and ends every other session. */
export async function changePassword(
  db: Db,
  user: SignedInUser,
  change: z.infer<typeof passwordChangeSchema>,
  address: string,
): Promise<number> {
  await admit(db, signInLimits(user.email, address), "password");
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(change.currentPassword, stored.passwordHash)))
    throw new AppError("wrong_credentials", "Your current password is not right.");
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(change.newPassword) } });
  return endUserSessions(db, user.id, user.sessionId);
}
