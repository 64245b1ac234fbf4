import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { SESSION_TTL_SECONDS } from "./session";

// Sessions on the server: a cookie is good only while its row exists and has not expired.

export type SignedInUser = { id: string; email: string; sessionId: string };

/** Starts a session; the user's sessions that have expired are forgotten on the way. */
export async function createSession(db: Db, userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  await db.session.create({ data: { id, userId, expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000) } });
  return id;
}

/** The user a session id belongs to, or null when the session was ended or has expired. */
export async function findSessionUser(db: Db, sessionId: string): Promise<SignedInUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, email: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  return { ...session.user, sessionId };
}

export async function endSession(db: Db, sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user, but the one named in `except` (a password change keeps its own). */
export async function endUserSessions(db: Db, userId: string, except?: string): Promise<number> {
  const ended = await db.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return ended.count;
}
