import type { Db } from "@/lib/db/client";
import { sessionSetCookie } from "./session";
import { createSession } from "./sessions";

/** Starts a session on the server for the user and returns the Set-Cookie header that carries it. */
export async function startSession(db: Db, userId: string, request: Request): Promise<string> {
  return sessionSetCookie({ sessionId: await createSession(db, userId) }, request);
}
