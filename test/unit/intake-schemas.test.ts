import { describe, expect, it } from "vitest";
import { INTAKE_TEXT_MAX, ZCandidatesRequest, ZIntakeInput } from "@/lib/intake/schemas";

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("ZCandidatesRequest", () => {
  it("refuses empty text, text over 2 MB, a bad address and a bad date, naming each field", () => {
    expect(fieldsOf(ZCandidatesRequest.safeParse({ text: " \n " }))).toEqual(["text"]);
    expect(
      fieldsOf(ZCandidatesRequest.safeParse({ text: "x".repeat(INTAKE_TEXT_MAX + 1) })),
    ).toEqual(["text"]);
    const bad = ZCandidatesRequest.safeParse({
      text: "ok",
      url: "javascript:alert(1)",
      publishedAt: "2025-02-30",
    });
    expect(fieldsOf(bad).sort()).toEqual(["publishedAt", "url"]);
  });

  it("accepts an article without address or date", () => {
    expect(ZCandidatesRequest.safeParse({ text: "He said: “We will win.”", url: "" }).success).toBe(
      true,
    );
  });
});

describe("ZIntakeInput", () => {
  it("needs a source and a speaker for each new claim", () => {
    const result = ZIntakeInput.safeParse({
      items: [{ form: "DIRECT", quote: "We will win the war" }],
    });
    expect(fieldsOf(result).sort()).toEqual(["items.0.claimantId", "source"]);
  });

  it("refuses an empty selection", () => {
    const result = ZIntakeInput.safeParse({
      sourceId: "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f",
      items: [],
    });
    expect(fieldsOf(result)).toEqual(["items"]);
  });
});
