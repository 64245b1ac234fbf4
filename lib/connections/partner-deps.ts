import "server-only";
import { partnerClientFor, partnerOAuthConfig, partnerStructureOptions } from "@/lib/trainingpeaks/partner/config-from-env";
import { partnerCalendar } from "@/lib/trainingpeaks/partner/partner-calendar";
import type { PartnerDeps } from "./partner-connections";

/** The configured Partner API for a user's connection, or null without partner credentials. */
export function partnerDepsFor(userId: string, origin: string | null = null): PartnerDeps | null {
  const config = partnerOAuthConfig(origin);
  if (!config) return null;
  return {
    config,
    calendar: (role) => partnerCalendar(partnerClientFor(`user:${userId}`), { role, structure: partnerStructureOptions() }),
  };
}
