import { route } from "@/lib/api";
import { credentialsSchema, signIn } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { requestSession } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/start-session";

// POST /api/auth/sign-in: count the attempt (per account and address, per address), check the password, start a session.
export const POST = route({ body: credentialsSchema }, async ({ request, db, body }) => {
  const user = await signIn(db, body, clientAddress(request));
  const response = Response.json({ email: user.email });
  await startSession(db, user.id, await requestSession(request, response));
  return response;
});
