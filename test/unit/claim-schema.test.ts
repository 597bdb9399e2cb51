import { describe, expect, it } from "vitest";
import { ZClaimInput, ZClaimPatch } from "@/lib/claims/schemas";
import { fieldErrorsFrom } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-data";
import { safeHref } from "@/lib/safe-href";

const valid = {
  statement: "We hope to reach an agreement by the end of this day.",
  claimantId: "6a9656ce-a383-4b00-8a0d-fcd726fc55c1",
  madeAt: "2025-12-15",
  kind: "PREDICTION",
};

function errors(input: unknown) {
  const r = ZClaimInput.safeParse(input);
  return r.success ? {} : fieldErrorsFrom(r.error);
}

describe("ZClaimInput", () => {
  it("accepts a minimal claim and reads an absent checkbox as a paraphrase", () => {
    const r = ZClaimInput.parse(valid);
    expect(r.isVerbatim).toBe(false);
    expect(r.madeAt.toISOString()).toBe("2025-12-15T00:00:00.000Z");
    expect(r.topicIds).toEqual([]);
    expect(r.resolveBy).toBeNull();
  });

  it("names every bad field", () => {
    expect(
      errors({ statement: " ", claimantId: "x", madeAt: "2025-02-30", kind: "RUMOUR" }),
    ).toEqual({
      statement: "Enter the statement",
      claimantId: "Choose who made the claim",
      madeAt:
        "2025-02-30 is not a day on the calendar: enter the date the claim was made as YYYY-MM-DD",
      kind: "Choose the kind of claim",
    });
  });

  it("limits the statement to 2,000 characters", () => {
    expect(errors({ ...valid, statement: "a".repeat(2000) })).toEqual({});
    expect(errors({ ...valid, statement: "a".repeat(2001) }).statement).toMatch(/2,000/);
  });

  it("refuses a resolve-by date before the claim was made", () => {
    expect(errors({ ...valid, resolveBy: "2025-12-14" }).resolveBy).toMatch(/cannot be before/);
    expect(errors({ ...valid, resolveBy: "2025-12-15" })).toEqual({});
  });

  it("stores hostile text verbatim", () => {
    const statement = "<script>alert(1)</script>";
    expect(ZClaimInput.parse({ ...valid, statement }).statement).toBe(statement);
  });
});

describe("ZClaimPatch", () => {
  it("leaves absent fields absent rather than defaulting them", () => {
    const r = ZClaimPatch.parse({ id: valid.claimantId, version: 3, statement: "x" });
    expect(r.isVerbatim).toBeUndefined();
    expect(r.topicIds).toBeUndefined();
  });

  it("requires the version the client read", () => {
    const r = ZClaimPatch.safeParse({ id: valid.claimantId, statement: "x" });
    expect(r.success).toBe(false);
  });
});

describe("formDataToObject", () => {
  it("collects repeated fields named as lists and keeps the rest as strings", () => {
    const fd = new FormData();
    fd.append("statement", "s");
    fd.append("topicIds", "a");
    fd.append("topicIds", "b");
    fd.append("$ACTION_ID_123", "");
    expect(formDataToObject(fd, ["topicIds", "other"])).toEqual({
      statement: "s",
      topicIds: ["a", "b"],
      other: [],
    });
  });

  it("keeps a list's labels as a list in the same order, even when only one was chosen", () => {
    const fd = new FormData();
    fd.append("sourceIds", "s1");
    fd.append("sourceIdsLabel", "Kyiv Independent");
    fd.append("claimantLabel", "Rustem Umerov");
    expect(formDataToObject(fd, ["sourceIds", "topicIds"])).toEqual({
      sourceIds: ["s1"],
      sourceIdsLabel: ["Kyiv Independent"],
      claimantLabel: "Rustem Umerov",
      topicIds: [],
    });
  });
});

describe("safeHref", () => {
  it("allows only http and https", () => {
    expect(safeHref("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("JaVaScRiPt:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,hi")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
  });
});
