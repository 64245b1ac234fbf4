import "server-only";
import type { Db } from "@/lib/db/client";
import { requestSession, sessionIdOf } from "./session";
import { findSessionUser, type SignedInUser } from "./sessions";

export type { SignedInUser } from "./sessions";

/** The signed-in user a route handler's request carries, checked against the sessions table; null when signed out. */
export async function findRequestUser(db: Db, request: Request): Promise<SignedInUser | null> {
  const sessionId = sessionIdOf(await requestSession(request, new Response()));
  return sessionId ? findSessionUser(db, sessionId) : null;
}
