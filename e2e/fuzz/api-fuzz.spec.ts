import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUser } from "../support/factories";
import { signInViaApi } from "../support/auth";
import { hostileJson, hostileString } from "./hostile-values";

// Fuzzes every operation of the API as the OpenAPI document describes it (read from the
// running app, so a route added later is fuzzed without touching this file): hostile values
// for each path and query parameter and each body field, as an admin and anonymously.
// Every answer must come within 5 s, never be a 5xx, and every 4xx must be the JSON error
// shape, a 400 naming the parameter or field at fault.
// CI: FUZZ_RUNS (default 1,000) cases with FUZZ_SEED (default fixed); longer runs:
// `npm run fuzz -- --runs 20000 [--seed N]`.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const ANSWER_WITHIN_MS = 5_000;

interface Parameter {
  name: string;
  in: "path" | "query";
  schema?: { enum?: string[]; format?: string; type?: string };
}
interface BodySchema {
  properties?: Record<string, { enum?: string[]; format?: string; type?: string }>;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: BodySchema;
}
interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: BodySchema }> };
      }
    >
  >;
}

function operations(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content["application/json"]?.schema,
    })),
  );
}

/** A value the schema would accept, so that other fields' checks are reached too. */
function plausible(schema: { enum?: string[]; format?: string; type?: string } | undefined) {
  if (schema?.enum?.[0] !== undefined) return fc.constantFrom(...schema.enum);
  if (schema?.format === "uuid") return fc.constant(randomUUID());
  if (schema?.format === "date") return fc.constant("2025-06-01");
  if (schema?.type === "integer" || schema?.type === "number") return fc.constant(1);
  if (schema?.type === "boolean") return fc.constant(true);
  return fc.constant("Fuzz value");
}

const mixed = (schema: Parameter["schema"], hostile: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: plausible(schema) });

/** Percent-encodes a path segment; a lone surrogate becomes bytes that are not UTF-8. */
function encodeSegment(value: string): string {
  return value.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return "%ED%A0%80";
    }
  });
}

function caseFor(op: Operation) {
  const path = op.parameters.filter((p) => p.in === "path");
  const query = op.parameters.filter((p) => p.in === "query");
  const fields = Object.entries(op.body?.properties ?? {});
  return fc.record({
    op: fc.constant(op),
    asAdmin: fc.boolean(),
    path: fc.tuple(
      ...path.map((p) =>
        fc.oneof(
          // Node's HTTP parser refuses a request line past 16 KB (431) before any app code.
          mixed(p.schema, hostileString).map((v) => encodeSegment(String(v).slice(0, 1000))),
          fc.constantFrom("%E0%A4%A", "%", "%ZZ", "..", "%2e%2e"),
        ),
      ),
    ),
    query: fc.tuple(
      ...query.map((p) =>
        fc.option(mixed(p.schema, hostileString).map((v) => String(v).slice(0, 1000))),
      ),
    ),
    body: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(...fields.map(([, s]) => fc.option(mixed(s, hostileJson)))),
      },
      { weight: 1, arbitrary: hostileJson.map((v) => ({ raw: v })) },
      { weight: 1, arbitrary: fc.constantFrom("{", "[1,", '"\\ud800"', "\u0000", "") },
    ),
    contentType: fc.constantFrom("application/json", "application/json", "text/plain"),
  });
}

type FuzzCase = ReturnType<typeof caseFor> extends fc.Arbitrary<infer T> ? T : never;

async function send(api: APIRequestContext, anon: APIRequestContext, c: FuzzCase) {
  const { op } = c;
  let url = `/api/v1${op.path}`;
  const pathParams = op.parameters.filter((p) => p.in === "path");
  pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, c.path[i] ?? "")));
  const query = new URLSearchParams();
  const sent = new Set<string>();
  op.parameters
    .filter((p) => p.in === "query")
    .forEach((p, i) => {
      const v = c.query[i];
      if (v !== null && v !== undefined) {
        query.set(p.name, String(v));
        sent.add(p.name);
      }
    });
  if (query.size > 0) url += `?${query.toString()}`;
  let data: string | undefined;
  if (op.body) {
    if (typeof c.body === "string") data = c.body;
    else if (Array.isArray(c.body)) {
      const fields = Object.keys(op.body.properties ?? {});
      const object: Record<string, unknown> = {};
      c.body.forEach((v, i) => {
        if (v !== null) object[fields[i] ?? ""] = v;
      });
      data = JSON.stringify(object);
    } else {
      const { raw } = c.body;
      if (typeof raw === "object" && raw !== null) Object.keys(raw).forEach((k) => sent.add(k));
      data = JSON.stringify(raw);
    }
  }
  const started = Date.now();
  const response = await (c.asAdmin ? api : anon).fetch(url, {
    method: op.method,
    headers: data !== undefined ? { "Content-Type": c.contentType } : {},
    data,
    timeout: ANSWER_WITHIN_MS,
    maxRedirects: 0,
  });
  return { url, response, ms: Date.now() - started, sent };
}

test("every documented operation survives hostile input", async ({ playwright, baseURL }) => {
  test.setTimeout(Math.max(120_000, RUNS * 400));
  const anon = await playwright.request.newContext({ baseURL });
  const api = await playwright.request.newContext({ baseURL });
  await signInViaApi(api, await createUser("ADMIN"));
  const doc = (await (await anon.get("/api/v1/openapi.json")).json()) as OpenApiDoc;
  const ops = operations(doc);
  expect(ops.length).toBeGreaterThan(30);

  const statuses = new Map<number, number>();
  const arbitrary = fc.oneof(...ops.map(caseFor));
  await fc.assert(
    fc.asyncProperty(arbitrary, async (c) => {
      const { url, response, ms, sent } = await send(api, anon, c);
      const status = response.status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const where = `${c.op.method} ${url} → ${status}`;
      expect(status, where).toBeLessThan(500);
      expect(ms, where).toBeLessThan(ANSWER_WITHIN_MS);
      if (status < 400) return;
      expect(response.headers()["content-type"], where).toContain("application/json");
      const body = (await response.json()) as {
        error?: { code?: unknown; message?: unknown; fields?: Record<string, string> };
      };
      expect(typeof body.error?.code, where).toBe("string");
      expect(typeof body.error?.message, where).toBe("string");
      if (status === 400) {
        const named = Object.keys(body.error?.fields ?? {});
        expect(named.length, `${where}: a 400 must name the field`).toBeGreaterThan(0);
        const known = new Set([
          ...sent,
          ...c.op.parameters.map((p) => p.name),
          ...Object.keys(c.op.body?.properties ?? {}),
          "_body",
          "_",
          "_key",
        ]);
        for (const name of named) {
          expect(known.has(name.split(".")[0] ?? ""), `${where}: unknown field ${name}`).toBe(true);
        }
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  console.log(
    `fuzzed ${RUNS} cases over ${ops.length} operations (seed ${SEED}); statuses:`,
    Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
  );
  await api.dispose();
  await anon.dispose();
});
