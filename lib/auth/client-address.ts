import "server-only";
import { getEnv } from "@/lib/env";

// The client's address, for limits. PlanDrop's own server (scripts/server.mjs) appends the
// address of whoever opened the connection to X-Forwarded-For, as a proxy does; each trusted
// proxy in front of it appended one entry more. Entries left of those were written by the client
// and prove nothing, so the address is the entry TRUSTED_PROXIES places from the right.

export function clientAddress(request: Request, trustedProxies = getEnv().TRUSTED_PROXIES): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] as string;
}
