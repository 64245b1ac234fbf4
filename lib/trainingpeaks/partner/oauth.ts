import "server-only";
import * as oauth from "oauth4webapi";
import type { PartnerRole } from "./partner-calendar";

// TrainingPeaks' OAuth 2.0 authorization-code flow (Partner doc §2) through oauth4webapi: the
// consent URL with state (and PKCE when switched on), the code exchange and refresh (form-encoded,
// secret in the body), and deauthorize. Tokens are opaque and never parsed.

export type PartnerOAuthConfig = {
  oauthUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  usePkce: boolean;
  timeoutMs: number;
};
export type PartnerTokens = { accessToken: string; refreshToken: string | null; expiresAt: Date; scope: string | null };

/** The scopes PlanDrop needs and no more (Partner doc §2.7): whose profile, then plan and read (read also for delete). */
export const SCOPES: Record<PartnerRole, string> = {
  athlete: "athlete:profile workouts:plan workouts:read",
  coach: "coach:athletes workouts:plan workouts:read",
};

/** Why a token call failed: TrainingPeaks refused (the user must connect again), or did not answer properly (try later). */
export class PartnerOAuthError extends Error {
  constructor(
    readonly kind: "refused" | "unavailable" | "state_mismatch" | "denied",
    message: string,
  ) {
    super(message);
    this.name = "PartnerOAuthError";
  }
}

function serverOf(config: PartnerOAuthConfig): oauth.AuthorizationServer {
  return {
    issuer: new URL(config.oauthUrl).origin,
    authorization_endpoint: new URL("/OAuth/Authorize", config.oauthUrl).href,
    token_endpoint: new URL("/oauth/token", config.oauthUrl).href,
  };
}

function requestOptions(config: PartnerOAuthConfig) {
  // Plain http only for a local fake; TrainingPeaks itself is https.
  return { [oauth.allowInsecureRequests]: new URL(config.oauthUrl).protocol === "http:", signal: AbortSignal.timeout(config.timeoutMs) };
}

/** Where to send the browser, and what to keep (server-side, sealed) to check the way back. */
export async function startAuthorization(
  config: PartnerOAuthConfig,
  role: PartnerRole,
): Promise<{ url: string; state: string; codeVerifier: string | null }> {
  const state = oauth.generateRandomState();
  const url = new URL(serverOf(config).authorization_endpoint as string);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("scope", SCOPES[role]);
  url.searchParams.set("redirect_uri", config.redirectUri);
  url.searchParams.set("state", state);
  let codeVerifier: string | null = null;
  if (config.usePkce) {
    codeVerifier = oauth.generateRandomCodeVerifier();
    url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set("code_challenge_method", "S256");
  }
  return { url: url.href, state, codeVerifier };
}

/** The callback's code → tokens. A missing or different state is refused before anything is sent (fail closed). */
export async function exchangeCode(
  config: PartnerOAuthConfig,
  callback: URL,
  expected: { state: string; codeVerifier: string | null },
): Promise<PartnerTokens> {
  const as = serverOf(config);
  const client: oauth.Client = { client_id: config.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callback, expected.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError)
      throw new PartnerOAuthError("denied", "TrainingPeaks did not grant access, so nothing was connected.");
    throw new PartnerOAuthError(
      "state_mismatch",
      "This TrainingPeaks answer does not belong to the connection you started here, so it was refused; press Connect with TrainingPeaks again.",
    );
  }
  return tokenCall(
    () =>
      oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.ClientSecretPost(config.clientSecret),
        params,
        config.redirectUri,
        expected.codeVerifier ?? oauth.nopkce,
        requestOptions(config),
      ),
    (response) => oauth.processAuthorizationCodeResponse(as, client, response),
  );
}

/** A fresh access token (and the new refresh token when TrainingPeaks rotates it, Partner doc §2.5). */
export async function refreshTokens(config: PartnerOAuthConfig, refreshToken: string): Promise<PartnerTokens> {
  const as = serverOf(config);
  const client: oauth.Client = { client_id: config.clientId };
  return tokenCall(
    () => oauth.refreshTokenGrantRequest(as, client, oauth.ClientSecretPost(config.clientSecret), refreshToken, requestOptions(config)),
    (response) => oauth.processRefreshTokenResponse(as, client, response),
  );
}

/** POST {oauth}/oauth/deauthorize with the access token: TrainingPeaks revokes both tokens (Partner doc §2.6). */
export async function deauthorize(config: PartnerOAuthConfig, accessToken: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(new URL("/oauth/deauthorize", config.oauthUrl), {
      method: "POST",
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json", "User-Agent": "PlanDrop (training plan importer)" },
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch {
    throw new PartnerOAuthError("unavailable", "TrainingPeaks did not answer the disconnect.");
  }
  await response.body?.cancel();
  if (response.status >= 500) throw new PartnerOAuthError("unavailable", "TrainingPeaks did not answer the disconnect.");
  if (!response.ok) throw new PartnerOAuthError("refused", `TrainingPeaks refused the disconnect (${response.status}).`);
}

async function tokenCall(
  send: () => Promise<Response>,
  process: (response: Response) => Promise<oauth.TokenEndpointResponse>,
): Promise<PartnerTokens> {
  let response: Response;
  try {
    response = await send();
  } catch {
    throw new PartnerOAuthError("unavailable", "TrainingPeaks did not answer; try again in a few minutes.");
  }
  if (response.status >= 500)
    throw new PartnerOAuthError("unavailable", "TrainingPeaks did not answer properly; try again in a few minutes.");
  try {
    const answer = await process(response);
    const seconds = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 600;
    return {
      accessToken: answer.access_token,
      refreshToken: typeof answer.refresh_token === "string" ? answer.refresh_token : null,
      expiresAt: new Date(Date.now() + seconds * 1000),
      scope: typeof answer.scope === "string" ? answer.scope : null,
    };
  } catch {
    // A 4xx ({"error":"invalid_grant"} for a dead or revoked refresh token, Partner doc §2.5).
    throw new PartnerOAuthError("refused", "TrainingPeaks refused the token request.");
  }
}
