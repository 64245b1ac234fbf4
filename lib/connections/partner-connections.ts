import "server-only";
import { randomUUID } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TokenSource } from "@/lib/imports/engine/token-source";
import type { TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import {
  deauthorize,
  type PartnerOAuthConfig,
  PartnerOAuthError,
  type PartnerTokens,
  refreshTokens,
} from "@/lib/trainingpeaks/partner/oauth";
import type { PartnerRole } from "@/lib/trainingpeaks/partner/partner-calendar";
import { type ConnectionView, connectionViewOf } from "./connection-view";
import { verifiedAs } from "./verified-as";

// A user's official TrainingPeaks connection (OAuth): saved once the profile proves the tokens,
// both tokens encrypted like the cookie, the access token refreshed a minute before it expires
// and once after a 401. A refused refresh marks the connection "needs reconnecting".

export type PartnerDeps = { config: PartnerOAuthConfig; calendar: (role: PartnerRole) => TrainingPeaksCalendar };
type PartnerRow = NonNullable<Awaited<ReturnType<Db["partnerConnection"]["findUnique"]>>>;

const REFRESH_MARGIN_MS = 60_000;
export const PARTNER_RECONNECT_MESSAGE =
  "TrainingPeaks no longer accepts PlanDrop's access to your account (it was revoked or has lapsed): press Connect with TrainingPeaks in Settings to connect again.";

export function toPartnerConnectionView(row: PartnerRow): ConnectionView {
  return connectionViewOf(row, { method: "oauth", tokenExpiresAt: row.accessExpiresAt, cookieLast4: null });
}

export function getPartnerConnection(db: Db, userId: string): Promise<PartnerRow | null> {
  return db.partnerConnection.findUnique({ where: { userId } });
}

/** Saves the tokens of a finished consent, once the profile (and a coach's roster) read with them says whose they are. */
export async function savePartnerConnection(
  db: Db,
  deps: PartnerDeps,
  userId: string,
  role: PartnerRole,
  tokens: PartnerTokens,
): Promise<ConnectionView> {
  const account = await deps.calendar(role).describeAccount(tokens.accessToken);
  const data = {
    role,
    tpUserId: account.userId,
    ...verifiedAs(account),
    accessCiphertext: await encryptSecret(tokens.accessToken),
    refreshCiphertext: tokens.refreshToken ? await encryptSecret(tokens.refreshToken) : null,
    accessExpiresAt: tokens.expiresAt,
    scope: tokens.scope,
  };
  const row = await db.partnerConnection.upsert({ where: { userId }, create: { id: randomUUID(), userId, ...data }, update: data });
  return toPartnerConnectionView(row);
}

/** Reads the profile again with a current token (refreshed when due) and records that it works. */
export async function testPartnerConnection(db: Db, deps: PartnerDeps, userId: string): Promise<ConnectionView> {
  const row = await requirePartnerConnection(db, userId);
  const tokens = partnerTokenSource(db, deps.config, userId);
  const calendar = deps.calendar(row.role as PartnerRole);
  const account = await describeRenewingOnce(calendar, tokens);
  const updated = await db.partnerConnection.update({ where: { userId }, data: verifiedAs(account) });
  return toPartnerConnectionView(updated);
}

/** The account behind the connection; a 401 refreshes once (a refused refresh then says so in words). */
export async function describeRenewingOnce(calendar: TrainingPeaksCalendar, tokens: TokenSource): Promise<TrainingPeaksAccount> {
  const token = await tokens.token();
  try {
    return await calendar.describeAccount(token);
  } catch (error) {
    if (!(error instanceof Error && "kind" in error && error.kind === "unauthorized")) throw error;
    if (!(await tokens.renewAfterUnauthorized(token))) throw new AppError("needs_reconnecting", PARTNER_RECONNECT_MESSAGE);
    return calendar.describeAccount(await tokens.token());
  }
}

/**
 * Unlink: TrainingPeaks' deauthorize with a current access token (refreshed first when expired),
 * then both tokens are deleted whatever TrainingPeaks answered. Says whether TrainingPeaks confirmed.
 */
export async function unlinkPartnerConnection(db: Db, config: PartnerOAuthConfig | null, userId: string): Promise<{ revoked: boolean }> {
  const row = await getPartnerConnection(db, userId);
  if (!row) return { revoked: true };
  let revoked = false;
  try {
    if (config) {
      const access = await currentAccessToken(db, config, row);
      await deauthorize(config, access);
      revoked = true;
    }
  } catch {
    // The tokens go anyway: the user asked for PlanDrop to forget them.
  }
  await db.partnerConnection.deleteMany({ where: { userId } });
  return { revoked };
}

/** Tokens for an import or a read: refreshed before expiry, and once after a 401 (for all senders at once). */
export function partnerTokenSource(db: Db, config: PartnerOAuthConfig, userId: string): TokenSource {
  const refreshedAfterRefusal = new Set<string>();
  let renewing: Promise<boolean> | null = null;

  async function renew(refused: string): Promise<boolean> {
    const row = await requirePartnerConnection(db, userId);
    const stored = row.accessCiphertext ? await open(row.accessCiphertext) : null;
    if (stored && stored !== refused) return true; // another sender already refreshed it
    try {
      refreshedAfterRefusal.add(await refresh(db, config, row));
      return true;
    } catch {
      return false;
    }
  }

  return {
    token: async () => currentAccessToken(db, config, await requirePartnerConnection(db, userId)),
    async renewAfterUnauthorized(refused) {
      if (refreshedAfterRefusal.has(refused)) {
        await markPartnerNeedsReconnecting(db, userId);
        return false;
      }
      renewing ??= renew(refused).finally(() => {
        renewing = null;
      });
      return renewing;
    },
    expiredReason: PARTNER_RECONNECT_MESSAGE,
  };
}

/** The stored access token while it has more than a minute left, else a refreshed one. */
async function currentAccessToken(db: Db, config: PartnerOAuthConfig, row: PartnerRow): Promise<string> {
  if (row.status === "needs_reconnecting") throw new AppError("needs_reconnecting", PARTNER_RECONNECT_MESSAGE);
  if (row.accessCiphertext && row.accessExpiresAt && row.accessExpiresAt.getTime() - REFRESH_MARGIN_MS > Date.now()) {
    const stored = await open(row.accessCiphertext);
    if (stored) return stored;
  }
  return refresh(db, config, row);
}

/** Refreshes in flight per user in this process: senders that find the token due share one refresh. */
const refreshing = new Map<string, Promise<string>>();

/**
 * Refreshes and stores the new access token, and the new refresh token when TrainingPeaks sent one.
 * One refresh at a time per user here; a refusal after another process refreshed (and rotated the
 * refresh token) takes that process's token instead of marking the connection.
 */
function refresh(db: Db, config: PartnerOAuthConfig, row: PartnerRow): Promise<string> {
  const running = refreshing.get(row.userId);
  if (running) return running;
  const started = refreshNow(db, config, row).finally(() => refreshing.delete(row.userId));
  refreshing.set(row.userId, started);
  return started;
}

async function refreshNow(db: Db, config: PartnerOAuthConfig, row: PartnerRow): Promise<string> {
  const refreshToken = row.refreshCiphertext ? await open(row.refreshCiphertext) : null;
  if (!refreshToken) {
    await markPartnerNeedsReconnecting(db, row.userId);
    throw new AppError("needs_reconnecting", PARTNER_RECONNECT_MESSAGE);
  }
  let tokens: PartnerTokens;
  try {
    tokens = await refreshTokens(config, refreshToken);
  } catch (error) {
    if (error instanceof PartnerOAuthError && error.kind === "refused") {
      const now = await getPartnerConnection(db, row.userId);
      const fresher =
        now?.status === "connected" && now.refreshCiphertext !== row.refreshCiphertext && now.accessCiphertext
          ? await open(now.accessCiphertext)
          : null;
      if (fresher) return fresher;
      await markPartnerNeedsReconnecting(db, row.userId);
      throw new AppError("needs_reconnecting", PARTNER_RECONNECT_MESSAGE);
    }
    throw new AppError("trainingpeaks_unavailable");
  }
  await db.partnerConnection.update({
    where: { id: row.id },
    data: {
      accessCiphertext: await encryptSecret(tokens.accessToken),
      accessExpiresAt: tokens.expiresAt,
      // The refresh token: the newest when TrainingPeaks sent one, else the same one under the current key.
      refreshCiphertext: await encryptSecret(tokens.refreshToken ?? refreshToken),
    },
  });
  return tokens.accessToken;
}

export async function markPartnerNeedsReconnecting(db: Db, userId: string) {
  await db.partnerConnection.updateMany({
    where: { userId },
    data: { status: "needs_reconnecting", accessCiphertext: null, accessExpiresAt: null },
  });
}

async function open(ciphertext: string): Promise<string | null> {
  return decryptSecret(ciphertext).then(
    (opened) => opened.plaintext,
    () => null,
  );
}

async function requirePartnerConnection(db: Db, userId: string): Promise<PartnerRow> {
  const row = await getPartnerConnection(db, userId);
  if (!row) throw new AppError("not_found", "No TrainingPeaks connection is saved; connect in Settings.");
  return row;
}
