import { route } from "@/lib/api";
import { requestSession, sessionIdOf } from "@/lib/auth/session";
import { endSession } from "@/lib/auth/sessions";

// POST /api/auth/sign-out: end this session on the server (its cookie stops working at once) and clear the cookie.
export const POST = route({}, async ({ request, db }) => {
  const response = Response.json({ ok: true });
  const session = await requestSession(request, response);
  const sessionId = sessionIdOf(session);
  if (sessionId) await endSession(db, sessionId);
  session.destroy();
  return response;
});
