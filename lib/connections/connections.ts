import "server-only";
import { randomUUID } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { Db } from "@/lib/db/client";
import { sentenceFor } from "@/lib/error-codes";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { accountFromProfile } from "@/lib/trainingpeaks/account";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { cleanPastedCookie } from "@/lib/trainingpeaks/pasted-cookie";
import { type ConnectionView, connectionViewOf } from "./connection-view";
import { verifiedAs } from "./verified-as";
import { getPartnerConnection, toPartnerConnectionView } from "./partner-connections";

// A user's saved TrainingPeaks connection: proved before it is saved, stored encrypted, and
// exchanged for short-lived tokens on the server whenever an import needs one.

type ConnectionRow = NonNullable<Awaited<ReturnType<Db["trainingPeaksConnection"]["findUnique"]>>>;
const TOKEN_MARGIN_MS = 60_000;

export function toConnectionView(row: ConnectionRow): ConnectionView {
  return connectionViewOf(row, { method: "cookie", tokenExpiresAt: row.tokenExpiresAt, cookieLast4: row.cookieLast4 });
}

export async function getConnection(db: Db, userId: string): Promise<ConnectionRow | null> {
  return db.trainingPeaksConnection.findUnique({ where: { userId } });
}

/** The connection imports use: the official (OAuth) one when there is one, else the saved cookie. */
export async function getConnectionView(db: Db, userId: string): Promise<ConnectionView | null> {
  const partner = await getPartnerConnection(db, userId);
  if (partner) return toPartnerConnectionView(partner);
  const row = await getConnection(db, userId);
  return row ? toConnectionView(row) : null;
}

/** Cleans the pasted cookie, proves it (token exchange and profile), and only then saves it. */
export async function saveConnection(
  db: Db,
  client: TrainingPeaksClient,
  userId: string,
  pasted: string,
): Promise<{ connection: ConnectionView; notes: string[] }> {
  const cleaned = cleanPastedCookie(pasted);
  if ("error" in cleaned) throw new AppError("invalid_cookie", cleaned.error);
  const minted = await exchangeOrExplain(client, cleaned.value, "save");
  const account = accountFromProfile(await client.getUser(minted.accessToken), null);

  const data = {
    cookieCiphertext: await encryptSecret(cleaned.value),
    cookieLast4: cleaned.value.slice(-4),
    tpUserId: account.userId,
    ...verifiedAs(account),
    tokenCiphertext: await encryptSecret(minted.accessToken),
    tokenExpiresAt: minted.expiresAt,
  };
  const row = await db.trainingPeaksConnection.upsert({ where: { userId }, create: { id: randomUUID(), userId, ...data }, update: data });
  return { connection: toConnectionView(row), notes: cleaned.notes };
}

/** Mints a fresh token from the saved cookie and reads the profile again. */
export async function testConnection(db: Db, client: TrainingPeaksClient, userId: string): Promise<ConnectionView> {
  const row = await requireConnection(db, userId);
  const minted = await mintToken(db, client, row);
  const account = accountFromProfile(await client.getUser(minted), null);
  const updated = await db.trainingPeaksConnection.update({ where: { userId }, data: verifiedAs(account) });
  return toConnectionView(updated);
}

/** Deletes the saved cookie and every cached token. */
export async function unlinkConnection(db: Db, userId: string): Promise<void> {
  await db.trainingPeaksConnection.deleteMany({ where: { userId } });
}

/** A cached token while it has more than a minute left, else a fresh one from the cookie. */
export async function tokenForConnection(db: Db, client: TrainingPeaksClient, userId: string): Promise<string> {
  const row = await requireConnection(db, userId);
  if (row.tokenCiphertext && row.tokenExpiresAt && row.tokenExpiresAt.getTime() - TOKEN_MARGIN_MS > Date.now()) {
    const cached = await openCachedToken(row.tokenCiphertext);
    if (cached) return cached;
  }
  return mintToken(db, client, row);
}

/** Exchanges the saved cookie for a token and caches it; a dead cookie marks the connection. */
export async function mintToken(db: Db, client: TrainingPeaksClient, row: ConnectionRow): Promise<string> {
  const opened = await openSavedCookie(db, row);
  try {
    const minted = await exchangeOrExplain(client, opened.plaintext, "use");
    await db.trainingPeaksConnection.update({
      where: { id: row.id },
      data: {
        // Not status: a mint succeeding does not undo "needs reconnecting" (the fresh token may be
        // refused too); only saving the cookie again or a passing Test connection does.
        tokenCiphertext: await encryptSecret(minted.accessToken),
        tokenExpiresAt: minted.expiresAt,
        ...(opened.isCurrentKey ? {} : { cookieCiphertext: await encryptSecret(opened.plaintext) }), // re-encrypt under the current key
      },
    });
    return minted.accessToken;
  } catch (error) {
    if (error instanceof AppError && error.code === "needs_reconnecting") await markNeedsReconnecting(db, row.userId);
    throw error;
  }
}

export async function markNeedsReconnecting(db: Db, userId: string) {
  await db.trainingPeaksConnection.updateMany({
    where: { userId },
    data: { status: "needs_reconnecting", tokenCiphertext: null, tokenExpiresAt: null },
  });
}

/** The cached token, or null when it cannot be opened (it is only a cache: a fresh one is minted). */
export async function openCachedToken(ciphertext: string): Promise<string | null> {
  return decryptSecret(ciphertext).then(
    (opened) => opened.plaintext,
    () => null,
  );
}

/**
 * The saved cookie. When it cannot be opened (its key was removed from ENCRYPTION_KEYS, or the
 * stored ciphertext was altered), the connection is marked "needs reconnecting" and the user is
 * told in words, instead of a failure that Settings would not show.
 */
async function openSavedCookie(db: Db, row: ConnectionRow) {
  try {
    return await decryptSecret(row.cookieCiphertext);
  } catch {
    log.error(
      { connectionId: row.id },
      "The saved TrainingPeaks cookie could not be decrypted; the connection is marked as needing reconnecting.",
    );
    await markNeedsReconnecting(db, row.userId);
    throw new AppError("needs_reconnecting", UNREADABLE_MESSAGE);
  }
}

export const UNREADABLE_MESSAGE =
  "PlanDrop can no longer read the saved TrainingPeaks connection (its encryption key has changed): paste a fresh Production_tpAuth cookie in Settings.";

export const RECONNECT_MESSAGE = sentenceFor("needs_reconnecting");

async function exchangeOrExplain(client: TrainingPeaksClient, cookie: string, purpose: "save" | "use") {
  try {
    return await client.exchangeCookie(cookie);
  } catch (error) {
    if (error instanceof TrainingPeaksError && error.kind === "cookie_rejected") {
      if (purpose === "save")
        throw new AppError(
          "invalid_cookie",
          "TrainingPeaks did not accept this cookie: it may have expired. Sign in to TrainingPeaks again and copy a fresh one.",
        );
      throw new AppError("needs_reconnecting");
    }
    throw error;
  }
}

async function requireConnection(db: Db, userId: string): Promise<ConnectionRow> {
  const row = await getConnection(db, userId);
  if (!row) throw new AppError("not_found", "No TrainingPeaks connection is saved; add one in Settings.");
  return row;
}
