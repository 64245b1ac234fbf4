import { readJson, route } from "@/lib/api";
import { credentialsSchema, signIn } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { startSession } from "@/lib/auth/start-session";
import { getDb } from "@/lib/db/client";

// POST /api/auth/sign-in: count the attempt (per account and address, per address), check the password, start a session.
export const POST = route(async (request) => {
  const credentials = credentialsSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await signIn(db, credentials, clientAddress(request));
  return Response.json({ email: user.email }, { headers: { "Set-Cookie": await startSession(db, user.id, request) } });
});
