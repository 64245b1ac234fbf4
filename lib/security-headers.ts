// Headers sent with PlanDrop's answers. The browser calls only PlanDrop's own origin;
// TrainingPeaks is reached from the server, so connect-src stays 'self'.

/**
 * The page CSP: scripts only from this origin with this request's nonce (Next.js puts it on its
 * own script tags; proxy.ts makes a fresh one per page), no inline script without it. Styles keep
 * 'unsafe-inline' for style attributes (charts, progress bars).
 */
export function pageContentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing may load from them or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** HSTS, only when PlanDrop is served over https (APP_URL says so). */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/** Headers every answer carries, pages and API alike. */
export function securityHeaders() {
  return [
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
