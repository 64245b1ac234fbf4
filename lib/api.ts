import "server-only";
import type { z } from "zod";
import { findRequestUser, type SignedInUser } from "./auth/current-user";
import { type Db, getDb } from "./db/client";
import { AppError, toErrorResponse } from "./errors";
import { MAX_JSON_BYTES, readTextWithin } from "./read-body";
import { assertSameOrigin } from "./same-origin";

// The wrapper every route handler goes through: the same-origin check on state changes; params,
// query and body parsed with zod; the signed-in user resolved (required or optional); one
// translation of anything thrown into the JSON error envelope; and no caching of any answer (they
// are per user, or about signing in). A handler returns a Response, or a value sent as JSON.

type NextContext = { params?: Promise<Record<string, string | string[]>> };
type NextHandler = (request: Request, context: NextContext) => Promise<Response>;

type UserRule = "required" | "optional";
type UserOf<R> = R extends "required" ? SignedInUser : R extends "optional" ? SignedInUser | null : undefined;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

type Spec<B, P, Q, U> = {
  /** The JSON body's schema (read with a byte cap, `maxBytes`, see read-body.ts). */
  body?: B;
  maxBytes?: number;
  /** The path parameters' schema ([id] and the like). */
  params?: P;
  /** The query string's schema (each name's first value). */
  query?: Q;
  /** Whether the handler needs a signed-in user ("required": signed out answers 401) or takes one if present. */
  user?: U;
};

export type RouteInput<B, P, Q, U> = { request: Request; db: Db; body: Parsed<B>; params: Parsed<P>; query: Parsed<Q>; user: UserOf<U> };

/** A handler that reads the request itself: bearer-token and streaming endpoints. */
export function route<C>(handler: (request: Request, context: C) => Promise<Response>): (request: Request, context: C) => Promise<Response>;
/** A handler given its parsed params, query and body and its user; it returns a Response or a value sent as JSON. */
export function route<
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  U extends UserRule | undefined = undefined,
>(spec: Spec<B, P, Q, U>, handler: (input: RouteInput<B, P, Q, U>) => Promise<unknown>): NextHandler;
export function route(
  specOrHandler: Spec<unknown, unknown, unknown, unknown> | ((request: Request, context: never) => Promise<Response>),
  handler?: (input: never) => Promise<unknown>,
) {
  if (typeof specOrHandler === "function") return handle(specOrHandler);
  const spec = specOrHandler as Spec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined, UserRule | undefined>;
  const run = handler as (input: RouteInput<unknown, unknown, unknown, unknown>) => Promise<unknown>;
  return handle(async (request: Request, context: NextContext) => {
    const params = spec.params ? spec.params.parse(await context.params) : undefined;
    const query = spec.query ? spec.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : undefined;
    const db = await getDb();
    const user = spec.user ? await resolveUser(db, request, spec.user) : undefined;
    const body = spec.body ? spec.body.parse(await readJson(request, spec.maxBytes)) : undefined;
    const answer = await run({ request, db, body, params, query, user } as RouteInput<unknown, unknown, unknown, unknown>);
    return answer instanceof Response ? answer : Response.json(answer);
  });
}

/** The wrapper without parsing, for the handlers that read the request themselves (bearer tokens, streams). */
export function handle<C>(
  handler: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
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

async function resolveUser(db: Db, request: Request, rule: UserRule): Promise<SignedInUser | null> {
  const user = await findRequestUser(db, request);
  if (!user && rule === "required") throw new AppError("signed_out");
  return user;
}

/** The JSON body, read with a byte cap (see read-body.ts); no body at all reads as {} (an action whose options are all optional). */
async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const text = await readTextWithin(request, maxBytes);
  if (text.trim() === "") return {};
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
  if (!token) throw new AppError("token_missing");
  return token;
}
