import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getSession, sessionIdOf } from "./session";
import { findSessionUser, type SignedInUser } from "./sessions";

/** The signed-in user of this request (pages, layouts, server actions), checked against the sessions table once per request; null when signed out. */
export const getUser = cache(async (): Promise<SignedInUser | null> => {
  const sessionId = sessionIdOf(await getSession());
  return sessionId ? findSessionUser(await getDb(), sessionId) : null;
});

/** The signed-in user, or the "Sign in first." refusal. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await getUser();
  if (!user) throw new AppError("signed_out");
  return user;
}
