import { route } from "@/lib/api";
import { requireRequestUser } from "@/lib/auth/current-user";
import { clearedSessionCookie } from "@/lib/auth/session";
import { endUserSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";

// DELETE /api/auth/sessions: "Sign out everywhere": end every session of the signed-in user, this one too.
export const DELETE = route(async (request) => {
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  const ended = await endUserSessions(db, user.id);
  return Response.json({ ended }, { headers: { "Set-Cookie": clearedSessionCookie(request) } });
});
