import { route } from "@/lib/api";
import { changePassword, passwordChangeSchema } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";

// POST /api/auth/password: change the password (the current one is checked first); every other session ends.
export const POST = route({ body: passwordChangeSchema, user: "required" }, async ({ request, db, body, user }) => {
  return { endedSessions: await changePassword(db, user, body, clientAddress(request)) };
});
