import { readJson, route } from "@/lib/api";
import { changePassword, passwordChangeSchema } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { requireRequestUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

// POST /api/auth/password: change the password (the current one is checked first); every other session ends.
export const POST = route(async (request) => {
  const change = passwordChangeSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await requireRequestUser(db, request);
  const endedSessions = await changePassword(db, user, change, clientAddress(request));
  return Response.json({ endedSessions });
});
