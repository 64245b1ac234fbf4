import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { SignedInUser } from "./current-user";
import { readSessionCookie, SESSION_COOKIE } from "./session";

/** The signed-in user for a page (server components), once per request. */
export const getPageUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await readSessionCookie((await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) return null;
  return (await getDb()).user.findUnique({ where: { id: session.userId }, select: { id: true, email: true } });
});
