import { AppError, toErrorResponse } from "./errors";

// The wrapper every route handler goes through: same-origin check on state changes, and one
// translation of anything thrown into the JSON error envelope.

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Browsers send Origin on cross-site POSTs; a state change from another site is refused. */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || new URL(origin).host !== host) throw new AppError("cross_site", "This request came from another site and was refused.");
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

/** The bearer token a request carries in its Authorization header, if any; never stored or logged. */
export function optionalBearer(request: Request): string | null {
  const token = (request.headers.get("authorization") ?? "").replace(/^Bearer\s+/i, "").trim();
  return token === "" ? null : token;
}

export function bearerFrom(request: Request): string {
  const token = optionalBearer(request);
  if (!token) throw new AppError("token_missing", "Paste your TrainingPeaks bearer token first.");
  return token;
}
