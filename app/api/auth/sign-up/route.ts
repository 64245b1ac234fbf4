import { readJson, route } from "@/lib/api";
import { credentialsSchema, signUp } from "@/lib/auth/accounts";
import { sessionSetCookie } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

// POST /api/auth/sign-up: create the account and sign in.
export const POST = route(async (request) => {
  const credentials = credentialsSchema.parse(await readJson(request));
  const user = await signUp(await getDb(), credentials);
  return Response.json({ email: user.email }, { status: 201, headers: { "Set-Cookie": await sessionSetCookie({ userId: user.id }, request) } });
});
