import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { getSecrets } from "@/lib/secrets";

// The session: an iron-session sealed cookie holding the user id. httpOnly, sameSite=lax, and
// Secure whenever the request came over https (as it does in production behind TLS).

export const SESSION_COOKIE = "plandrop_session";
const TTL_SECONDS = 30 * 24 * 3600;
const sessionSchema = z.object({ userId: z.string() });
export type SessionData = z.infer<typeof sessionSchema>;

export async function readSessionCookie(value: string | undefined): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const parsed = sessionSchema.safeParse(await unsealData(value, { password: getSecrets().sessionSecret, ttl: TTL_SECONDS }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function readSession(request: Request): Promise<SessionData | null> {
  return readSessionCookie(cookieFrom(request.headers.get("cookie"), SESSION_COOKIE));
}

export async function sessionSetCookie(data: SessionData, request: Request): Promise<string> {
  const sealed = await sealData(data, { password: getSecrets().sessionSecret, ttl: TTL_SECONDS });
  return serializeCookie(sealed, TTL_SECONDS, isHttps(request));
}

export function clearedSessionCookie(request: Request): string {
  return serializeCookie("", 0, isHttps(request));
}

function serializeCookie(value: string, maxAge: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`, ...(secure ? ["Secure"] : [])].join("; ");
}

function isHttps(request: Request): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
}

function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
