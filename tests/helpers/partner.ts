import { afterAll, beforeAll, beforeEach } from "vitest";
import { type FakePartner, startFakePartner } from "../fakes/trainingpeaks-partner-server";
import { PARTNER_CLIENT } from "../fakes/partner-fixtures";
import type { PartnerOAuthConfig } from "@/lib/trainingpeaks/partner/oauth";

export const CALLBACK = "http://127.0.0.1:3999/api/trainingpeaks/oauth/callback";

/** Starts the fake Partner API for a test file (the callback above registered) and resets it before each test. */
export function useFakePartner() {
  const context = {} as { fake: FakePartner; config: PartnerOAuthConfig };
  beforeAll(async () => {
    context.fake = await startFakePartner({ redirectUris: [CALLBACK] });
    context.config = {
      oauthUrl: context.fake.url,
      clientId: PARTNER_CLIENT.id,
      clientSecret: PARTNER_CLIENT.secret,
      redirectUri: CALLBACK,
      usePkce: false,
      timeoutMs: 5_000,
    };
  });
  beforeEach(() => context.fake.reset());
  afterAll(() => context.fake.close());
  return context;
}

/** What the browser does on the fake consent page: signs in as `user` and presses Authorize; the URL TrainingPeaks sends it back to. */
export async function consentAs(
  authorizationUrl: string,
  user: "premium" | "basic" | "coach",
  decision: "allow" | "deny" = "allow",
): Promise<URL> {
  const page = await fetch(authorizationUrl);
  if (!page.ok) throw new Error(`consent page answered ${page.status}: ${await page.text()}`);
  const url = new URL(authorizationUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set("user", user);
  form.set("decision", decision);
  const answer = await fetch(new URL("/OAuth/Authorize", url), {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  return new URL(answer.headers.get("location") ?? "");
}
