import { AppError, toErrorResponse } from "./errors";
import { MAX_JSON_BYTES, readTextWithin } from "./read-body";
import { assertSameOrigin } from "./same-origin";

// The wrapper every route handler goes through: same-origin check on state changes, one
// translation of anything thrown into the JSON error envelope, and no caching of any answer
// (they are per user, or about signing in).

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    let response: Response;
    try {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
      response = await handler(request, context);
    } catch (error) {
      response = toErrorResponse(error);
    }
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

/** The JSON body, read with a byte cap (see read-body.ts). */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const text = await readTextWithin(request, maxBytes);
  try {
    return JSON.parse(text);
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
