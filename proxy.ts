import { type NextRequest, NextResponse } from "next/server";
import { pageContentSecurityPolicy, strictTransportSecurity } from "./lib/security-headers";

// Runs before every page and API request: a fresh CSP nonce for each page (Next.js applies it to
// its scripts when the request carries the policy), and HSTS when PlanDrop is served over https.
export function proxy(request: NextRequest) {
  const hsts = strictTransportSecurity(process.env.APP_URL);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
