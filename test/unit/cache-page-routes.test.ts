import { describe, expect, it } from "vitest";
import { cachedPagePath, originOf, searchValues } from "@/lib/cache/page-routes";

const ID = "0b6f4c1e-8a1f-4c52-9a43-5d2f3b1c9e77";
const ORIGIN = "http://claims.example";

function path(url: string, more: { cookies?: string[]; auth?: boolean; method?: string } = {}) {
  const parsed = new URL(url, ORIGIN);
  return cachedPagePath({
    method: more.method ?? "GET",
    pathname: parsed.pathname,
    searchParams: parsed.searchParams,
    cookieNames: more.cookies ?? [],
    hasAuthorization: more.auth ?? false,
    origin: ORIGIN,
  });
}

describe("which requests get a whole page from the cache", () => {
  it("serves the public pages of an anonymous visit from the cached routes", () => {
    const base = path("/");
    expect(base).toMatch(/^\/cached\/[\w-]+$/);
    expect(originOf(base?.split("/")[2] ?? "")).toBe(ORIGIN);
    expect(path(`/claims/${ID}`)).toBe(`${base}/claims/${ID}`);
    expect(path(`/actors/${ID}`)).toBe(`${base}/actors/${ID}`);
    expect(path("/topics/energy")).toBe(`${base}/topics/energy`);
    expect(path(`/sources/${ID}`)).toBe(`${base}/sources/${ID}`);
    expect(path(`/claims/${ID}?_rsc=abc`), "the router's parameter").toBe(`${base}/claims/${ID}`);
  });

  it("sends members, tokens, queries and writes to the dynamic routes", () => {
    for (const cookie of ["next-auth.session-token", "__Secure-next-auth.session-token.0"]) {
      expect(path(`/claims/${ID}`, { cookies: [cookie] }), cookie).toBeNull();
    }
    expect(path(`/claims/${ID}`, { cookies: ["claimwatch-member"] })).not.toBeNull();
    expect(path(`/actors/${ID}`, { auth: true })).toBeNull();
    expect(path(`/claims/${ID}?saved=new`)).toBeNull();
    expect(path(`/actors/${ID}?cursor=abc`)).toBeNull();
    expect(path(`/claims/${ID}`, { method: "POST" })).toBeNull();
    expect(path("/claims/not-an-id")).toBeNull();
    expect(path(`/claims/${ID}/history`)).toBeNull();
    expect(path("/dashboard")).toBeNull();
    expect(path(`/sources/${ID}`, { cookies: ["next-auth.session-token"] })).toBeNull();
    expect(path(`/sources/${ID}?recaptured=changed`)).toBeNull();
    expect(path("/sources/new")).toBeNull();
    expect(path(`/sources/${ID}/edit`)).toBeNull();
  });

  it("caches the home page and the first page of a search for readers", () => {
    const member = { cookies: ["next-auth.session-token"] };
    expect(path("/")).not.toBeNull();
    expect(path("/", member)).toBeNull();
    expect(path("/claims?q=peace", member)).toBeNull();
    expect(path("/?utm_source=x")).toBeNull();
  });

  it("names a search by its filters in a fixed order, and leaves other pages alone", () => {
    const a = path("/claims?q=Kyiv&kind=PREDICTION");
    expect(a).toBe(path("/claims?kind=PREDICTION&q=Kyiv"));
    expect(searchValues(a?.split("/").at(-1) ?? "")).toEqual({ q: "Kyiv", kind: "PREDICTION" });
    expect(searchValues(path("/claims")?.split("/").at(-1) ?? "")).toEqual({});
    expect(path("/claims?q=a&cursor=xyz"), "a later page").toBeNull();
    expect(path("/claims?page=2"), "an old page link").toBeNull();
    expect(path("/claims?q=a&q=b"), "a repeated parameter").toBeNull();
    expect(path("/claims?colour=red"), "an unknown parameter").toBeNull();
    expect(searchValues("q-" + Buffer.from("admin=1").toString("base64url"))).toBeNull();
  });
});
