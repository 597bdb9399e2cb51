import { describe, expect, it } from "vitest";
import { safeCallback } from "@/lib/auth/safe-callback";

describe("safeCallback", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallback("/claims/new")).toBe("/claims/new");
    expect(safeCallback("/claims?kind=PROMISE#top")).toBe("/claims?kind=PROMISE#top");
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example/phish",
    "https://evil.example",
    "javascript:alert(1)",
    "\\\\evil.example",
  ])("sends %s to the dashboard instead", (url) => {
    expect(safeCallback(url)).toBe("/dashboard");
  });

  it("falls back when nothing is given", () => {
    expect(safeCallback(undefined)).toBe("/dashboard");
    expect(safeCallback("", "/")).toBe("/");
  });
});
