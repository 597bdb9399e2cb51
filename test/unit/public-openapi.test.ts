// The API description must list every route handler under app/api/v1 and nothing else, so it
// cannot drift from the code as routes are added.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/public/openapi/document";

const API_ROOT = join(import.meta.dirname, "../../app/api/v1");
const METHODS = /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** "app/api/v1/claims/[id]/route.ts" exporting GET → "get /claims/{id}". */
function operationsInCode(): string[] {
  return routeFiles(API_ROOT).flatMap((file) => {
    const folder = relative(API_ROOT, join(file, "..")).split(sep).filter(Boolean);
    const path = `/${folder.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(METHODS)].map((m) => `${m[1]?.toLowerCase()} ${path}`);
  });
}

type Doc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { security: unknown[]; responses: object }>>;
  components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> };
};

const doc = buildOpenApiDocument("https://claims.example", "Claimwatch") as unknown as Doc;

function operationsInDocument(): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method} ${path}`),
  );
}

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "$ref" && typeof v === "string" ? [v] : refs(v),
    );
  }
  return [];
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 served under /api/v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://claims.example/api/v1" }]);
  });

  it("describes exactly the route handlers that exist", () => {
    expect(operationsInDocument().sort()).toEqual(operationsInCode().sort());
  });

  it("has only references that resolve", () => {
    for (const ref of refs(doc)) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("offers bearer and cookie sign-in, and lets anyone read the public endpoints", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(doc.components.securitySchemes.cookieAuth).toMatchObject({
      type: "apiKey",
      in: "cookie",
    });
    expect(doc.paths["/claims"]?.get?.security).toContainEqual({});
    expect(doc.paths["/claims"]?.post?.security).not.toContainEqual({});
  });

  it("reads request bodies off the server's own schemas, without path fields", () => {
    const post = doc.paths["/claims/{id}/outcomes"]?.post as unknown as {
      requestBody: {
        content: { "application/json": { schema: { properties: object; required: string[] } } };
      };
    };
    const schema = post.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual([
      "occurredAt",
      "status",
      "note",
      "sourceIds",
      "correctsId",
    ]);
    expect(schema.required).toEqual(["occurredAt", "status", "note"]);
  });

  it("lists 403, 413 and 415 on every operation that takes a JSON body", () => {
    const withBody = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => "requestBody" in op)
        .map(([method, op]) => ({ name: `${method} ${path}`, codes: Object.keys(op.responses) })),
    );
    expect(withBody.length).toBeGreaterThan(10);
    for (const { name, codes } of withBody) {
      expect(codes, name).toEqual(expect.arrayContaining(["403", "413", "415"]));
    }
    expect(Object.keys(doc.paths["/claims"]?.get?.responses ?? {})).not.toContain("415");
  });

  it("reads query parameters off the routes' own schemas", () => {
    type Parameter = { name: string; required: boolean; schema: Record<string, unknown> };
    const parameters = (path: string) =>
      (doc.paths[path]?.get as unknown as { parameters: Parameter[] }).parameters;
    const claims = parameters("/claims");
    // `page` is refused whatever its value (lists page by cursor), so it is not offered.
    expect(claims.map((p) => p.name)).toEqual([
      "scope",
      "cursor",
      "pageSize",
      "q",
      "kind",
      "outcome",
      "topic",
      "actor",
      "from",
      "to",
    ]);
    // A date is read by a transform: never null in a URL, its format stated beside it.
    expect(claims.find((p) => p.name === "from")?.schema).toEqual({
      type: "string",
      format: "date",
    });
    expect(parameters("/analytics/forecasters")).toContainEqual(
      expect.objectContaining({
        name: "period",
        required: false,
        schema: { default: "all", type: "string", enum: ["90d", "1y", "all"] },
      }),
    );
    expect(parameters("/analytics/speakers").map((p) => [p.name, p.schema.maximum])).toEqual([
      ["topic", undefined],
      ["limit", 1000],
    ]);
  });
});
