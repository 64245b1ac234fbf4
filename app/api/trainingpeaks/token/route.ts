import { bearerFrom, route } from "@/lib/api";
import { acceptPastedToken } from "@/lib/imports/engine/pasted-token";
import { toTokenCheck } from "@/lib/imports/wire/token-check";
import { describeAccount } from "@/lib/trainingpeaks/account";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";

// POST /api/trainingpeaks/token: whose a pasted bearer token is, its account type and expiry.
export const POST = route(async (request) => {
  const accepted = acceptPastedToken(bearerFrom(request));
  const athleteIdFromToken = accepted.claims.kind === "jwt" ? accepted.claims.athleteId : null;
  const client = trainingPeaksClientFor("profile");
  const account = await describeAccount(client, accepted.token, athleteIdFromToken);
  return Response.json(toTokenCheck(accepted, account));
});
