import { describe, expect, it } from "vitest";
import { CLAIM_FIELD_LABELS, claimFieldsText } from "@/lib/claims/claim-text";
import { CLAIM_FIELDS } from "@/lib/claims/three-way-merge";

const content = {
  statement: "Inflation will fall below 3% by June.",
  isVerbatim: true,
  claimantName: "Ana Ruiz",
  claimantRole: null,
  madeAt: new Date("2026-03-04T00:00:00Z"),
  kind: "PREDICTION" as const,
  topicNames: ["Prices", "Economy"],
  resolutionCriteria: null,
  resolveBy: null,
};

describe("claimFieldsText", () => {
  it("writes every field of the claim form as the text a reader compares", () => {
    expect(claimFieldsText(content)).toEqual({
      statement: "Inflation will fall below 3% by June.",
      isVerbatim: "Verbatim quote",
      claimantId: "Ana Ruiz",
      claimantRole: "",
      madeAt: "4 Mar 2026",
      kind: "Prediction",
      topicIds: "Economy, Prices",
      resolutionCriteria: "",
      resolveBy: "",
    });
  });

  it("gives the same text whatever order the topics come in, and dates as YYYY-MM-DD", () => {
    const other = {
      ...content,
      isVerbatim: false,
      topicNames: ["Economy", "Prices"],
      resolveBy: new Date("2026-06-30T00:00:00Z"),
      claimantRole: "Finance minister",
    };
    const text = claimFieldsText(other);
    expect(text.topicIds).toBe(claimFieldsText(content).topicIds);
    expect(text.isVerbatim).toBe("Paraphrase");
    expect(text.resolveBy).toBe("30 Jun 2026");
    expect(text.claimantRole).toBe("Finance minister");
  });

  it("has a label for each field the merge compares", () => {
    expect(Object.keys(CLAIM_FIELD_LABELS).sort()).toEqual([...CLAIM_FIELDS].sort());
    expect(Object.keys(claimFieldsText(content)).sort()).toEqual([...CLAIM_FIELDS].sort());
  });
});
