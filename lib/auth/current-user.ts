import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readSession } from "./session";
import { findSessionUser, type SignedInUser } from "./sessions";

export type { SignedInUser } from "./sessions";

/** The signed-in user a request carries, checked against the sessions table; null when signed out. */
export async function findRequestUser(db: Db, request: Request): Promise<SignedInUser | null> {
  const session = await readSession(request);
  return session ? findSessionUser(db, session.sessionId) : null;
}

export async function requireRequestUser(db: Db, request: Request): Promise<SignedInUser> {
  const user = await findRequestUser(db, request);
  if (!user) throw new AppError("signed_out", "Sign in first.");
  return user;
}
