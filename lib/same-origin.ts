import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Cross-site request refusal for state changes. A browser names where a request comes from in
// Origin (scheme, host and port), or, where it leaves Origin out, says in Sec-Fetch-Site whether
// the page was this site's. The site is APP_URL when set; else the address the request came to,
// where X-Forwarded-Host and X-Forwarded-Proto count only behind trusted proxies (TRUSTED_PROXIES).

export function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (site !== null && site !== "same-origin" && site !== "none") throw new AppError("cross_site");
    return; // not a browser (no Origin and no Sec-Fetch-Site): no cookie can be ridden
  }
  if (origin === "null")
    throw new AppError("cross_site", "This request came from a page with no address (a sandboxed frame or a file) and was refused.");
  let from: string;
  try {
    from = new URL(origin).origin;
  } catch {
    throw new AppError("cross_site");
  }
  if (from !== siteOrigin(request)) throw new AppError("cross_site");
}

export function siteOrigin(request: Request): string {
  const { APP_URL, TRUSTED_PROXIES } = getEnv();
  if (APP_URL) return new URL(APP_URL).origin;
  const url = new URL(request.url);
  const behindProxy = TRUSTED_PROXIES > 0;
  const host = (behindProxy && request.headers.get("x-forwarded-host")?.split(",")[0]?.trim()) || request.headers.get("host") || url.host;
  const proto = (behindProxy && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim()) || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
