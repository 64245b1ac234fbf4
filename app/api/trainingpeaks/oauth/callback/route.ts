import { cookies } from "next/headers";
import { requireRequestUser } from "@/lib/auth/current-user";
import { OAUTH_COOKIE, openAttempt } from "@/lib/connections/oauth-attempt";
import { savePartnerConnection } from "@/lib/connections/partner-connections";
import { partnerDepsFor } from "@/lib/connections/partner-deps";
import { getDb } from "@/lib/db/client";
import { exchangeCode, PartnerOAuthError } from "@/lib/trainingpeaks/partner/oauth";

// GET /api/trainingpeaks/oauth/callback?code=…&state=…: TrainingPeaks sends the browser back after
// consent. The state must be the one this browser's attempt sealed (else refused before any
// token call); the code becomes tokens, the profile proves them, and Settings says what happened.
export async function GET(request: Request) {
  const jar = await cookies();
  const attempt = await openAttempt(jar.get(OAUTH_COOKIE)?.value);
  jar.delete(OAUTH_COOKIE);
  // Relative: the browser stays on the address it used (request.url may name another host for this server).
  const back = (outcome: string) => new Response(null, { status: 303, headers: { Location: `/settings?connection=${outcome}` } });
  try {
    const db = await getDb();
    const user = await requireRequestUser(db, request);
    // The redirect URI must be the one the authorization sent: APP_URL, else the address the browser used.
    const deps = partnerDepsFor(user.id, `${new URL(request.url).protocol}//${request.headers.get("host") ?? new URL(request.url).host}`);
    if (!deps) return back("not_configured");
    if (!attempt || attempt.userId !== user.id) return back("state_mismatch");
    const tokens = await exchangeCode(deps.config, new URL(request.url), attempt);
    await savePartnerConnection(db, deps, user.id, attempt.role, tokens);
    return back("connected");
  } catch (error) {
    if (error instanceof PartnerOAuthError) return back(error.kind);
    console.error("Connect with TrainingPeaks failed", error instanceof Error ? error.name : "error");
    return back("failed");
  }
}
