import "server-only";
import type { Db } from "@/lib/db/client";
import type { TokenSource } from "@/lib/imports/engine/token-source";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import { getConnection, markNeedsReconnecting, mintToken, openCachedToken, RECONNECT_MESSAGE, tokenForConnection } from "./connections";

/**
 * Tokens for an import from the user's saved connection. After a 401 it mints once more from the
 * cookie (once for all senders, however many saw the 401); when a token minted that way is
 * refused too, the session behind the cookie has ended: the connection is marked "needs
 * reconnecting" and the import pauses. A 403 also earns one fresh token (one coach tool sees
 * stale tokens answer 403); a fresh token refused with 403 is the row's own error.
 */
export function connectionTokenSource(db: Db, client: TrainingPeaksClient, userId: string): TokenSource {
  const mintedAfterRefusal = new Set<string>();
  let renewing: Promise<boolean> | null = null;

  async function renew(refused: string): Promise<boolean> {
    try {
      const row = await getConnection(db, userId);
      if (!row) return false;
      const cached = row.tokenCiphertext ? await openCachedToken(row.tokenCiphertext) : null;
      if (cached && cached !== refused) return true; // another sender already renewed it
      mintedAfterRefusal.add(await mintToken(db, client, row));
      return true;
    } catch {
      return false;
    }
  }

  return {
    token: () => tokenForConnection(db, client, userId),
    async renewAfterUnauthorized(refused) {
      if (mintedAfterRefusal.has(refused)) {
        await markNeedsReconnecting(db, userId);
        return false;
      }
      renewing ??= renew(refused).finally(() => {
        renewing = null;
      });
      return renewing;
    },
    async renewAfterForbidden(refused) {
      if (mintedAfterRefusal.has(refused)) return false;
      renewing ??= renew(refused).finally(() => {
        renewing = null;
      });
      return renewing;
    },
    expiredReason: RECONNECT_MESSAGE,
  };
}
