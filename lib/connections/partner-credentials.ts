import "server-only";
import type { Db } from "@/lib/db/client";
import type { TokenSource } from "@/lib/imports/engine/token-source";
import type { TrainingPeaksCalendar } from "@/lib/trainingpeaks/calendar";
import { partnerClientFor, partnerOAuthConfig, partnerStructureOptions } from "@/lib/trainingpeaks/partner/config-from-env";
import { partnerCalendar, type PartnerRole } from "@/lib/trainingpeaks/partner/partner-calendar";
import { todayIn } from "@/lib/trainingpeaks/partner/rules";
import { getPartnerConnection, partnerTokenSource } from "./partner-connections";

/**
 * A saved OAuth connection's way to TrainingPeaks without a request (a background job): the
 * Partner calendar paced per TrainingPeaks account, and tokens refreshed as needed. Null when the
 * user has no OAuth connection, or this deployment no longer holds partner credentials.
 */
export async function partnerConnectionCredentials(
  db: Db,
  userId: string,
): Promise<{ client: TrainingPeaksCalendar; tokens: TokenSource } | null> {
  const connection = await getPartnerConnection(db, userId);
  const config = partnerOAuthConfig();
  if (!connection || !config) return null;
  const client = partnerCalendar(partnerClientFor(`tp:${connection.tpUserId}`), {
    role: connection.role as PartnerRole,
    structure: partnerStructureOptions(),
    today: () => todayIn(connection.timeZone),
  });
  return { client, tokens: partnerTokenSource(db, config, userId) };
}
