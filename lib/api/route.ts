import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Action } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { AppError, fieldErrorsFrom, invalid, unauthorized } from "@/lib/errors";
import { findUnstorable } from "@/lib/forms/text";
import { JSON_BODY_MAX_BYTES } from "@/lib/forms/query";
import { authorize } from "@/lib/mutation";
import { errorResponse } from "@/lib/api/respond";
import { readJsonObject } from "@/lib/api/read-body";
import { hasBearerToken, isSameOriginWrite, STATE_CHANGING } from "@/lib/api/same-origin";

// The one way into the JSON API, the route-side twin of lib/mutation.ts. Every handler under
// app/api is declared with `defineRoute` (test/unit/route-layer.test.ts fails otherwise), and
// in this order it:
//   1. refuses a cookie-carrying write from another origin          → 403 (lib/api/same-origin.ts)
//   2. resolves the caller (session cookie or Bearer API token) and applies `access`
//                                                                     → 401 / 403
//   3. parses the path params with `params`                          → 404 naming the param
//   4. parses the query with `query` (first value of each name)      → 400 naming the param
//   5. reads and parses the JSON body with `body`                    → 413 / 415 / 400
//   6. runs the handler; an AppError becomes the JSON error shape, anything else is logged
//      with a request id and answered as a generic 500 carrying that id.
// Text that PostgreSQL cannot store (NUL, lone surrogates, control characters) is refused in
// steps 3–5 wherever it appears, with the field named. Answers to a signed-in caller are
// marked `Cache-Control: private, no-store`: they may hold unpublished work.

/** Who may call: anyone (the default), any signed-in member, or those a policy action allows. */
export type Access = "anyone" | "member" | Action;

export interface RouteInput<P, Q, B> {
  request: Request;
  /** The caller, or null for an anonymous one (only when `access` is "anyone"). */
  user: SessionUser | null;
  params: P;
  query: Q;
  body: B;
  requestId: string;
  /** The context Next.js passed, for the rare handler that forwards it (next-auth). */
  nextContext: unknown;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  access?: Access;
  params?: P;
  query?: Q;
  /** The JSON body's schema; without it the body is not read at all. */
  body?: B;
  /** A request without a body is read as `{}` (record actions such as `/submit`). */
  bodyOptional?: boolean;
  /** Body size limit in bytes; JSON_BODY_MAX_BYTES by default. */
  maxBodyBytes?: number;
  handle(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<Response>;
}

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

function refuseUnstorable(value: unknown, make: (fields: Record<string, string>) => AppError) {
  const found = findUnstorable(value);
  if (found) throw make({ [found.path]: `This value ${found.reason}` });
}

function parseWith<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  make: (fields: Record<string, string>) => AppError,
): z.output<S> {
  refuseUnstorable(value, make);
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw make(fieldErrorsFrom(parsed.error));
  return parsed.data;
}

function firstValues(params: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of params) values[name] ??= value;
  return values;
}

// A path that names nothing is "not found", with the param's own message ("Claim not found.").
const notFoundIn = (fields: Record<string, string>) =>
  new AppError("NOT_FOUND", Object.values(fields)[0] ?? "Record not found.", fields);
const badQuery = (fields: Record<string, string>) => invalid(fields, "Invalid query parameters.");
const badBody = (fields: Record<string, string>) => invalid(fields);

function checkAccess(user: SessionUser | null, access: Access): void {
  if (access === "anyone") return;
  if (access === "member") {
    if (!user) throw unauthorized();
    return;
  }
  authorize(user, access);
}

/** Declares a route handler; see the steps above. `handle` returns the success response. */
export function defineRoute<
  P extends z.ZodType = z.ZodType<undefined>,
  Q extends z.ZodType = z.ZodType<undefined>,
  B extends z.ZodType = z.ZodType<undefined>,
>(spec: RouteSpec<P, Q, B>): Handler {
  const access = spec.access ?? "anyone";
  return async (request, nextContext) => {
    const requestId = randomUUID();
    let user: SessionUser | null = null;
    try {
      const bearer = hasBearerToken(request.headers);
      if (STATE_CHANGING.has(request.method.toUpperCase()) && !bearer) {
        if (!isSameOriginWrite(request.headers, env().CLAIMWATCH_PUBLIC_URL)) {
          throw new AppError("FORBIDDEN", "Cross-site requests cannot change anything here.");
        }
      }
      user = await getCurrentUser();
      checkAccess(user, access);
      const params = parseWith(spec.params, await nextContext.params, notFoundIn);
      const query = spec.query
        ? parseWith(spec.query, firstValues(new URL(request.url).searchParams), badQuery)
        : (undefined as z.output<Q>);
      let body = undefined as z.output<B>;
      if (spec.body) {
        const raw = await readJsonObject(request, spec.maxBodyBytes ?? JSON_BODY_MAX_BYTES);
        if (raw === undefined && !spec.bodyOptional) {
          throw invalid({ _body: "Send a JSON object" }, "The request body must be JSON.");
        }
        body = parseWith(spec.body, raw ?? {}, badBody);
      }
      const response = await spec.handle({
        request,
        user,
        params,
        query,
        body,
        requestId,
        nextContext,
      });
      return markPrivate(response, user !== null || access !== "anyone");
    } catch (error) {
      return markPrivate(errorResponse(error, requestId), user !== null);
    }
  };
}

function markPrivate(response: Response, isPrivate: boolean): Response {
  if (!isPrivate || /no-store/.test(response.headers.get("cache-control") ?? "")) return response;
  try {
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers: copy them.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "private, no-store");
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
