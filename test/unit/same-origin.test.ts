import { describe, expect, it } from "vitest";
import { carriesSessionCookie, isSameOriginWrite } from "@/lib/api/same-origin";

const HOST = "claims.example:3000";
const SESSION = "next-auth.session-token=abc";

function headers(values: Record<string, string>): Headers {
  return new Headers({ host: HOST, ...values });
}

describe("isSameOriginWrite", () => {
  it("accepts Origin naming this host, and the configured public origin", () => {
    expect(isSameOriginWrite(headers({ origin: `http://${HOST}`, cookie: SESSION }))).toBe(true);
    const proxied = headers({ origin: "https://claimwatch.example", cookie: SESSION });
    expect(isSameOriginWrite(proxied, "https://claimwatch.example")).toBe(true);
  });

  it.each([
    ["another port", "http://claims.example:3001"],
    ["a sibling subdomain", "http://evil.claims.example:3000"],
    ["the opaque origin", "null"],
    ["a value that is no URL", "::::"],
  ])("refuses Origin from %s", (_, origin) => {
    expect(isSameOriginWrite(headers({ origin, cookie: SESSION }))).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when Origin is absent", () => {
    const same = headers({ "sec-fetch-site": "same-origin", cookie: SESSION });
    expect(isSameOriginWrite(same)).toBe(true);
    for (const site of ["same-site", "cross-site", "none"]) {
      expect(isSameOriginWrite(headers({ "sec-fetch-site": site, cookie: SESSION }))).toBe(false);
    }
  });

  it("refuses a cookie-authenticated write that sends neither header", () => {
    expect(isSameOriginWrite(headers({ cookie: SESSION }))).toBe(false);
    expect(isSameOriginWrite(headers({ cookie: `a=1; __Secure-${SESSION}` }))).toBe(false);
    expect(isSameOriginWrite(headers({ cookie: "next-auth.session-token.0=x; b=2" }))).toBe(false);
  });

  it("allows a request with neither header when it carries no session cookie", () => {
    expect(isSameOriginWrite(headers({}))).toBe(true);
    expect(isSameOriginWrite(headers({ cookie: "next-auth.csrf-token=t" }))).toBe(true);
  });
});

describe("carriesSessionCookie", () => {
  it("finds the session cookie by name only", () => {
    expect(carriesSessionCookie(headers({ cookie: SESSION }))).toBe(true);
    expect(carriesSessionCookie(headers({ cookie: "x-next-auth.session-token=1" }))).toBe(false);
    expect(carriesSessionCookie(headers({ cookie: "note=next-auth.session-token" }))).toBe(false);
  });
});
