import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readSession } from "./session";

export type SignedInUser = { id: string; email: string };

/** The signed-in user a request carries, checked against the database; null when signed out. */
export async function findRequestUser(db: Db, request: Request): Promise<SignedInUser | null> {
  const session = await readSession(request);
  if (!session) return null;
  return db.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true } });
}

export async function requireRequestUser(db: Db, request: Request): Promise<SignedInUser> {
  const user = await findRequestUser(db, request);
  if (!user) throw new AppError("signed_out", "Sign in first.");
  return user;
}

/** The client's address for rate limiting: the first X-Forwarded-For hop behind a proxy. */
export function requestAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}
