import { describe, expect, it } from "vitest";
import {
  CORS_PREFLIGHT_HEADERS,
  isCrossOrigin,
  isReadMethod,
  withoutCredentials,
} from "@/lib/api/cors";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isCrossOrigin", () => {
  it("is true when the browser says another site sent the request", () => {
    expect(isCrossOrigin(headers({ host: "claims.example", "sec-fetch-site": "cross-site" }))).toBe(
      true,
    );
    expect(isCrossOrigin(headers({ host: "claims.example", "sec-fetch-site": "same-site" }))).toBe(
      true,
    );
  });

  it("is true for an Origin naming another host, or the opaque origin", () => {
    expect(isCrossOrigin(headers({ host: "claims.example", origin: "https://evil.example" }))).toBe(
      true,
    );
    expect(isCrossOrigin(headers({ host: "claims.example", origin: "null" }))).toBe(true);
    expect(
      isCrossOrigin(headers({ host: "claims.example:8443", origin: "https://claims.example" })),
    ).toBe(true);
  });

  it("is false for the site's own pages, behind a proxy too, and for scripts", () => {
    expect(
      isCrossOrigin(headers({ host: "claims.example", origin: "https://claims.example" })),
    ).toBe(false);
    expect(
      isCrossOrigin(
        headers({
          host: "10.0.0.5:3000",
          "x-forwarded-host": "claims.example",
          origin: "https://claims.example",
          "sec-fetch-site": "same-origin",
        }),
      ),
    ).toBe(false);
    expect(isCrossOrigin(headers({ host: "claims.example" }))).toBe(false);
    expect(isCrossOrigin(headers({ host: "claims.example", "sec-fetch-site": "none" }))).toBe(
      false,
    );
  });
});

describe("withoutCredentials", () => {
  it("removes the cookie and Authorization headers and keeps the rest", () => {
    const stripped = withoutCredentials(
      headers({
        cookie: "next-auth.session-token=abc",
        authorization: "Bearer cw_x",
        accept: "application/json",
      }),
    );
    expect(stripped.get("cookie")).toBeNull();
    expect(stripped.get("authorization")).toBeNull();
    expect(stripped.get("accept")).toBe("application/json");
  });
});

describe("methods", () => {
  it("treats only GET and HEAD as reads, and a preflight allows nothing else", () => {
    expect(["GET", "head"].map(isReadMethod)).toEqual([true, true]);
    expect(["POST", "PATCH", "PUT", "DELETE", "OPTIONS"].map(isReadMethod)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(CORS_PREFLIGHT_HEADERS["Access-Control-Allow-Methods"]).toBe("GET, HEAD, OPTIONS");
    expect(CORS_PREFLIGHT_HEADERS).not.toHaveProperty("Access-Control-Allow-Credentials");
  });
});
