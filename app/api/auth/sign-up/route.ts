import { readJson, route } from "@/lib/api";
import { newCredentialsSchema, signUp } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { startSession } from "@/lib/auth/start-session";
import { getDb } from "@/lib/db/client";

// POST /api/auth/sign-up: make the account (limited per address) and sign in.
export const POST = route(async (request) => {
  const credentials = newCredentialsSchema.parse(await readJson(request));
  const db = await getDb();
  const user = await signUp(db, credentials, clientAddress(request));
  return Response.json({ email: user.email }, { status: 201, headers: { "Set-Cookie": await startSession(db, user.id, request) } });
});
