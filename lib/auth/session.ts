import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { getSecrets } from "@/lib/secrets";

// The session cookie: an iron-session seal of the session's id (a row in the Session table, which
// is what makes it valid). httpOnly, sameSite=lax, and Secure whenever the request came over
// https (as it does in production behind TLS).

export const SESSION_COOKIE = "plandrop_session";
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;
const sessionCookieSchema = z.object({ sessionId: z.string().min(1) });
export type SessionCookie = z.infer<typeof sessionCookieSchema>;

export async function readSessionCookie(value: string | undefined): Promise<SessionCookie | null> {
  if (!value) return null;
  try {
    const parsed = sessionCookieSchema.safeParse(await unsealData(value, { password: getSecrets().sessionSecret, ttl: SESSION_TTL_SECONDS }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function readSession(request: Request): Promise<SessionCookie | null> {
  return readSessionCookie(cookieFrom(request.headers.get("cookie"), SESSION_COOKIE));
}

export async function sessionSetCookie(data: SessionCookie, request: Request): Promise<string> {
  const sealed = await sealData(data, { password: getSecrets().sessionSecret, ttl: SESSION_TTL_SECONDS });
  return serializeCookie(sealed, SESSION_TTL_SECONDS, isHttps(request));
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
