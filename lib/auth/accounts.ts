import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { blockedForMinutes, clearFailures, countFailure, type Limit } from "./rate-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  password: z.string().min(10, "Use a password of at least 10 characters.").max(200, "Use a password of at most 200 characters."),
});
export type Credentials = z.infer<typeof credentialsSchema>;

const WINDOW_MS = 15 * 60_000;
const limitsFor = (email: string, address: string): Limit[] => [
  { key: `sign-in:account:${email}`, max: 5, windowMs: WINDOW_MS },
  { key: `sign-in:address:${address}`, max: 20, windowMs: WINDOW_MS },
];
// Compared against when the account does not exist, so both answers take as long.
const NO_SUCH_USER_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function signUp(db: Db, credentials: Credentials): Promise<{ id: string; email: string }> {
  const existing = await db.user.findUnique({ where: { email: credentials.email } });
  if (existing) throw new AppError("email_taken", "An account with this email already exists; sign in instead.");
  const user = await db.user.create({ data: { id: randomUUID(), email: credentials.email, passwordHash: await hashPassword(credentials.password) } });
  return { id: user.id, email: user.email };
}

/** Signs in, refusing after too many failures for the account or from the address. */
export async function signIn(db: Db, credentials: Credentials, address: string): Promise<{ id: string; email: string }> {
  const limits = limitsFor(credentials.email, address);
  const minutes = await blockedForMinutes(db, limits);
  if (minutes !== null) throw new AppError("rate_limited", `Too many sign-in attempts; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);

  const user = await db.user.findUnique({ where: { email: credentials.email } });
  const matches = await verifyPassword(credentials.password, user?.passwordHash ?? NO_SUCH_USER_HASH);
  if (!user || !matches) {
    await countFailure(db, limits);
    throw new AppError("wrong_credentials", "That email and password do not match an account.");
  }
  await clearFailures(db, [limits[0]?.key ?? ""]);
  return { id: user.id, email: user.email };
}
