import "server-only";
import type { Db } from "@/lib/db/client";
import type { Session } from "./session";
import { createSession } from "./sessions";

/** Starts a session on the server for the user and seals its id into the session cookie. */
export async function startSession(db: Db, userId: string, session: Session): Promise<void> {
  session.sessionId = await createSession(db, userId);
  await session.save();
}
