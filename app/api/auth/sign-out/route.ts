import { route } from "@/lib/api";
import { clearedSessionCookie, readSession } from "@/lib/auth/session";
import { endSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";

// POST /api/auth/sign-out: end this session on the server (its cookie stops working at once) and clear the cookie.
export const POST = route(async (request) => {
  const session = await readSession(request);
  if (session) await endSession(await getDb(), session.sessionId);
  return Response.json({ ok: true }, { headers: { "Set-Cookie": clearedSessionCookie(request) } });
});
