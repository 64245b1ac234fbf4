import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { readSessionCookie, SESSION_COOKIE } from "./session";
import { findSessionUser, type SignedInUser } from "./sessions";

/** The signed-in user for a page (server components), once per request. */
export const getPageUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await readSessionCookie((await cookies()).get(SESSION_COOKIE)?.value);
  return session ? findSessionUser(await getDb(), session.sessionId) : null;
});
