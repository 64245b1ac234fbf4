import "server-only";
import { optionalBearer } from "@/lib/api";
import type { SignedInUser } from "@/lib/auth/current-user";
import { connectionTokenSource } from "@/lib/connections/connection-token-source";
import {
  describeRenewingOnce,
  getPartnerConnection,
  PARTNER_RECONNECT_MESSAGE,
  partnerTokenSource,
} from "@/lib/connections/partner-connections";
import { getConnection } from "@/lib/connections/connections";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { accountFromProfile, describeAccount, type TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { partnerClientFor, partnerOAuthConfig } from "@/lib/trainingpeaks/partner/config-from-env";
import { partnerCalendar, type PartnerRole } from "@/lib/trainingpeaks/partner/partner-calendar";
import { acceptPastedToken, pastedTokenSource } from "./pasted-token";
import type { TokenSource } from "./token-source";

// Which TrainingPeaks credential an import runs with: a pasted bearer token in the request, or
// else the signed-in user's saved connection (who may touch the import: data/import-access.ts).

/** `partnerRole`: set when the credential is an OAuth connection (the Partner API), as an athlete or a coach. */
export type ImportCredential = {
  credential: "pasted_token" | "connection";
  tokens: TokenSource;
  account: TrainingPeaksAccount;
  partnerRole?: PartnerRole;
};

export async function credentialForRequest(
  db: Db,
  client: TrainingPeaksClient,
  request: Request,
  user: SignedInUser | null,
): Promise<ImportCredential> {
  const pasted = optionalBearer(request);
  if (pasted) {
    const accepted = acceptPastedToken(pasted);
    const account = await describeAccount(client, accepted.token, accepted.claims.kind === "jwt" ? accepted.claims.athleteId : null);
    return { credential: "pasted_token", tokens: pastedTokenSource(accepted.token), account };
  }
  if (!user) throw new AppError("token_missing");
  return credentialForConnection(db, client, user.id);
}

/** The user's saved connection (OAuth or cookie) as an import's credential: what a request without a token uses, and what a worker runs a saved-connection job with. */
export async function credentialForConnection(db: Db, client: TrainingPeaksClient, userId: string): Promise<ImportCredential> {
  const partner = await getPartnerConnection(db, userId);
  if (partner) return partnerCredential(db, userId, partner.role as PartnerRole, partner.status);
  const connection = await getConnection(db, userId);
  if (!connection)
    throw new AppError("token_missing", "Paste your TrainingPeaks bearer token, or save your TrainingPeaks connection in Settings.");
  if (connection.status === "needs_reconnecting") throw new AppError("needs_reconnecting");
  const tokens = connectionTokenSource(db, client, userId);
  const account = accountFromProfile(await getUserRenewingOnce(client, tokens), null);
  return { credential: "connection", tokens, account };
}

/** The official (OAuth) connection: its tokens, refreshed as needed, and the account they reach. */
async function partnerCredential(db: Db, userId: string, role: PartnerRole, status: string): Promise<ImportCredential> {
  const config = partnerOAuthConfig();
  if (!config)
    throw new AppError(
      "needs_reconnecting",
      "This PlanDrop no longer holds TrainingPeaks partner credentials, so your TrainingPeaks connection cannot be used: unlink it in Settings and save a cookie instead.",
    );
  if (status === "needs_reconnecting") throw new AppError("needs_reconnecting", PARTNER_RECONNECT_MESSAGE);
  const tokens = partnerTokenSource(db, config, userId);
  const account = await describeRenewingOnce(partnerCalendar(partnerClientFor("profile"), { role }), tokens);
  return { credential: "connection", tokens, account, partnerRole: role };
}

/** The profile with the connection's token; a 401 mints a fresh token once (a dead cookie then says so in words). */
async function getUserRenewingOnce(client: TrainingPeaksClient, tokens: TokenSource) {
  const token = await tokens.token();
  try {
    return await client.getUser(token);
  } catch (error) {
    if (!(error instanceof TrainingPeaksError && error.kind === "unauthorized")) throw error;
    if (!(await tokens.renewAfterUnauthorized(token))) throw new AppError("needs_reconnecting");
    return client.getUser(await tokens.token());
  }
}

/** Refuses when any of these calendars is out of the credential's reach (not the athlete, not on the coach's roster). */
export function assertReaches(account: TrainingPeaksAccount, athletes: { athleteId: string; athleteName: string }[]) {
  const reachable = new Set(account.isCoach ? account.roster.map((athlete) => athlete.athleteId) : [account.athleteId]);
  const outside = athletes.find((athlete) => !reachable.has(athlete.athleteId));
  if (outside)
    throw new AppError(
      "wrong_athlete",
      `This TrainingPeaks account (${account.name}) cannot reach ${outside.athleteName}'s calendar, which this import is for.`,
    );
}
