import { route } from "@/lib/api";
import { newCredentialsSchema, signUp } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { requestSession } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/start-session";

// POST /api/auth/sign-up: make the account (limited per address) and sign in.
export const POST = route({ body: newCredentialsSchema }, async ({ request, db, body }) => {
  const user = await signUp(db, body, clientAddress(request));
  const response = Response.json({ email: user.email }, { status: 201 });
  await startSession(db, user.id, await requestSession(request, response));
  return response;
});
