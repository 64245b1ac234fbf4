import { route } from "@/lib/api";
import { requestSession } from "@/lib/auth/session";
import { endUserSessions } from "@/lib/auth/sessions";

// DELETE /api/auth/sessions: "Sign out everywhere": end every session of the signed-in user, this one too.
export const DELETE = route({ user: "required" }, async ({ request, db, user }) => {
  const response = Response.json({ ended: await endUserSessions(db, user.id) });
  (await requestSession(request, response)).destroy();
  return response;
});
