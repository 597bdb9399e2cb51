import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { makeUser } from "@/test/support/factories";
import { buildOpenApiDocument } from "@/lib/public/openapi/document";

// Calls the route handlers under app/api/v1 as a client would (a Request in, a Response out)
// and checks each answer against the OpenAPI document: the status is one the operation lists,
// and a JSON body is valid against that status's schema.

/** The request as getCurrentUser reads it; the test file's mocks of next/headers read this. */
export const caller = {
  headers: new Headers(),
  session: null as { userId: string; sessionId: string } | null,
};

type Operation = { responses: Record<string, Answer> };
type Answer = { $ref?: string; content?: Record<string, { schema: object }> };
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: object; responses: Record<string, Answer> };
};

export const ORIGIN = "http://claims.test";
export const apiDocument = buildOpenApiDocument(ORIGIN, "Claimwatch") as unknown as Document;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

/** Checks a JSON value against a schema of the document (its `$ref`s resolve in it). */
export function schemaErrors(schema: object, value: unknown): string[] {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: { schemas: apiDocument.components.schemas } });
    validators.set(key, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** What is wrong with an answer to `method path`, by the document; empty when nothing is. */
export function answerProblems(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: string,
): string[] {
  const operation = apiDocument.paths[path]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not documented`];
  let answer = operation.responses[String(status)];
  if (!answer) return [`status ${status} is not documented: ${body.slice(0, 300)}`];
  if (answer.$ref) answer = apiDocument.components.responses[answer.$ref.split("/").at(-1) ?? ""];
  const [type, media] = Object.entries(answer?.content ?? {})[0] ?? [];
  if (!type || !media) return [];
  if (!contentType?.startsWith(type.split(";")[0] ?? type)) {
    return [`content type ${contentType} is not the documented ${type}`];
  }
  if (type !== "application/json") return [];
  return schemaErrors(media.schema, JSON.parse(body));
}

export interface Call {
  /** An API token (Bearer) or a signed-in session; none for an anonymous visitor. */
  as?: { token: string } | { session: { userId: string; sessionId: string } } | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** Every operation called so far, as "get /claims/{id}". */
export const called = new Set<string>();

/**
 * Calls the handler of `method path` (a documented path template, e.g. "/claims/{id}") and
 * returns its status and body, with `problems` by the document.
 */
export async function callApi(method: string, path: string, call: Call = {}) {
  const params = call.params ?? {};
  const folder = path.replace(/\{(\w+)\}/g, "[$1]");
  const route = (await import(
    join(import.meta.dirname, "../../app/api/v1", folder, "route.ts")
  )) as Record<string, (r: Request, c: { params: Promise<unknown> }) => Promise<Response>>;
  const handler = route[method];
  if (!handler) throw new Error(`${path} has no ${method} handler`);
  const url = new URL(
    `${ORIGIN}/api/v1${path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "")}`,
  );
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers();
  if (call.as && "token" in call.as) headers.set("authorization", `Bearer ${call.as.token}`);
  if (call.body !== undefined) headers.set("content-type", "application/json");
  caller.headers = headers;
  caller.session = call.as && "session" in call.as ? call.as.session : null;
  const response = await handler(
    new Request(url, {
      method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  called.add(`${method.toLowerCase()} ${path}`);
  return {
    status: response.status,
    text,
    json: (): unknown => JSON.parse(text),
    problems: answerProblems(
      method,
      path,
      response.status,
      response.headers.get("content-type"),
      text,
    ),
  };
}

/** Every operation in the document, as "get /claims/{id}". */
export function documentedOperations(): string[] {
  return Object.entries(apiDocument.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method} ${path}`),
  );
}

/** Calls the operation, expects `status` and an answer the document describes; returns its JSON. */
export async function expectAnswer(
  method: string,
  path: string,
  status: number,
  call: Call = {},
): Promise<Record<string, unknown>> {
  const answer = await callApi(method, path, call);
  expect(answer.problems.join("\n"), `${method} ${path} → ${answer.status}`).toBe("");
  expect(answer.status, `${method} ${path}: ${answer.text.slice(0, 300)}`).toBe(status);
  return answer.text.startsWith("{") ? (answer.json() as Record<string, unknown>) : {};
}

/** A new member of `role` with an API token of their own: the token to call as, and the user. */
export async function tokenMember(
  role: SessionUser["role"],
): Promise<[{ token: string }, SessionUser]> {
  const user = await makeUser(role);
  const { token } = await createApiToken.execute(user, { name: "openapi test" });
  return [{ token }, user];
}
