import "server-only";
import { getEnv } from "@/lib/env";
import { createPartnerClient, type PartnerClient } from "./client";
import type { PartnerStructureOptions } from "./map-structure";
import type { PartnerOAuthConfig } from "./oauth";
import { pacerFor } from "../pacers";

/** Where TrainingPeaks sends the browser back after consent (registered with TrainingPeaks for the client id). */
export const CALLBACK_PATH = "/api/trainingpeaks/oauth/callback";

/** Whether this deployment holds partner credentials: then "Connect with TrainingPeaks" is offered. */
export function isPartnerConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.TRAININGPEAKS_CLIENT_ID && env.TRAININGPEAKS_CLIENT_SECRET);
}

/** The OAuth settings, or null without partner credentials. The callback is on APP_URL, else on the request's own origin. */
export function partnerOAuthConfig(origin: string | null = null): PartnerOAuthConfig | null {
  const env = getEnv();
  if (!env.TRAININGPEAKS_CLIENT_ID || !env.TRAININGPEAKS_CLIENT_SECRET) return null;
  const base = env.APP_URL ?? origin ?? "http://127.0.0.1:3000";
  return {
    oauthUrl: env.TRAININGPEAKS_OAUTH_URL,
    clientId: env.TRAININGPEAKS_CLIENT_ID,
    clientSecret: env.TRAININGPEAKS_CLIENT_SECRET,
    redirectUri: new URL(CALLBACK_PATH, base).href,
    usePkce: env.TRAININGPEAKS_OAUTH_PKCE,
    timeoutMs: env.TRAININGPEAKS_TIMEOUT_MS,
  };
}

/** A Partner API client, paced per account key like the web client. */
export function partnerClientFor(accountKey: string): PartnerClient {
  const env = getEnv();
  return createPartnerClient({
    baseUrl: env.TRAININGPEAKS_PARTNER_API_URL,
    timeoutMs: env.TRAININGPEAKS_TIMEOUT_MS,
    userAgent: `PlanDrop/${env.TRAININGPEAKS_CLIENT_ID ?? "1"}`,
    pacer: pacerFor(`partner:${accountKey}`, env.IMPORT_MIN_INTERVAL_MS),
  });
}

export function partnerStructureOptions(): PartnerStructureOptions {
  const env = getEnv();
  return { percentScale: env.TRAININGPEAKS_PARTNER_PERCENT_SCALE, paceAs: env.TRAININGPEAKS_PARTNER_PACE_AS };
}
