import { describe, expect, it } from "vitest";
import { safeCallback } from "@/lib/auth/safe-callback";
import { OFF_SITE_CALLBACKS } from "../support/open-redirects";

describe("safeCallback", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallback("/claims/new")).toBe("/claims/new");
    expect(safeCallback("/claims?kind=PROMISE#top")).toBe("/claims?kind=PROMISE#top");
  });

  it.each(OFF_SITE_CALLBACKS)("sends %j to the dashboard or a path on this site", (url) => {
    for (const origin of [undefined, "https://claims.example"]) {
      const target = safeCallback(url, "/dashboard", origin);
      // Either the fallback, or a path that a browser resolves to this very site.
      const base = origin ?? "http://local.invalid";
      expect(new URL(target, base).origin).toBe(base);
      expect(target).toMatch(/^\/(?![/\\])/);
    }
  });

  it("resolves the classic escapes to the dashboard", () => {
    for (const url of ["//evil.example", "/\\evil.example", "/..//evil.example", "javascript:x"]) {
      expect(safeCallback(url)).toBe("/dashboard");
    }
  });

  it("keeps an absolute URL on the app's own origin, as its path", () => {
    expect(
      safeCallback("https://claims.example/claims?q=1", "/dashboard", "https://claims.example"),
    ).toBe("/claims?q=1");
    expect(
      safeCallback("https://claims.example.evil/x", "/dashboard", "https://claims.example"),
    ).toBe("/dashboard");
  });

  it("falls back when nothing is given", () => {
    expect(safeCallback(undefined)).toBe("/dashboard");
    expect(safeCallback("", "/")).toBe("/");
  });
});
