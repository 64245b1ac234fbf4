import "server-only";
import { getIronSession, type IronSession, type SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { getSecrets } from "@/lib/secrets";

// The session cookie: an iron-session seal of the session's id (a row in the Session table, which
// is what makes it valid). httpOnly, sameSite=lax, and Secure whenever the request came over
// https (as it does in production behind TLS, or when APP_URL is https). Pages and server actions
// read it through Next's cookies() (getSession, cached per request); route handlers from their
// Request (requestSession), answering with the Response that carries any change.

export const SESSION_COOKIE = "plandrop_session";
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;
const sessionDataSchema = z.object({ sessionId: z.string().min(1) });
export type SessionData = { sessionId?: string };
export type Session = IronSession<SessionData>;

function sessionOptions(secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: getSecrets().sessionSecret,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_TTL_SECONDS },
  };
}

function isSecure(forwardedProto: string | null, url: string | null): boolean {
  return forwardedProto === "https" || (url?.startsWith("https:") ?? false) || (getEnv().APP_URL?.startsWith("https:") ?? false);
}

/** The session id a session holds, checked; null when signed out or the seal was not ours. */
export function sessionIdOf(session: SessionData): string | null {
  const parsed = sessionDataSchema.safeParse(session);
  return parsed.success ? parsed.data.sessionId : null;
}

/** A route handler's session: read from the request; `response` gets the Set-Cookie of save() or destroy(). */
export async function requestSession(request: Request, response: Response): Promise<Session> {
  const options = sessionOptions(isSecure(request.headers.get("x-forwarded-proto"), request.url));
  try {
    return await getIronSession<SessionData>(request, response, options);
  } catch {
    return getIronSession<SessionData>(new Request(request.url), response, options); // a cookie that is not a seal of ours: signed out
  }
}

/** This request's session, for pages and server actions (once per request). */
export const getSession = cache(async (): Promise<Session> => {
  const [store, list] = await Promise.all([cookies(), headers()]);
  const options = sessionOptions(isSecure(list.get("x-forwarded-proto"), null));
  try {
    return await getIronSession<SessionData>(store, options);
  } catch {
    // A cookie that is not a seal of ours: signed out, and the next save() replaces it.
    return getIronSession<SessionData>({ get: () => undefined, set: store.set.bind(store) }, options);
  }
});
