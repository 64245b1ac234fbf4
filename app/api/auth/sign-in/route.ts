import { readJson, route } from "@/lib/api";
import { credentialsSchema, signIn } from "@/lib/auth/accounts";
import { requestAddress } from "@/lib/auth/current-user";
import { sessionSetCookie } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

// POST /api/auth/sign-in: check the password (rate limited per account and address), start a session.
export const POST = route(async (request) => {
  const credentials = credentialsSchema.parse(await readJson(request));
  const user = await signIn(await getDb(), credentials, requestAddress(request));
  return Response.json({ email: user.email }, { headers: { "Set-Cookie": await sessionSetCookie({ userId: user.id }, request) } });
});
