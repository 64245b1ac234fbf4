import { route } from "@/lib/api";
import { clearedSessionCookie } from "@/lib/auth/session";

// POST /api/auth/sign-out: end the session.
export const POST = route(async (request) => {
  return Response.json({ ok: true }, { headers: { "Set-Cookie": clearedSessionCookie(request) } });
});
