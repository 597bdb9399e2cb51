import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "@/lib/public/csv";
import { CSV_HEADER, csvValues, exportedClaim } from "@/lib/public/claim-export";
import type { ClaimView } from "@/lib/claims/claim-view";
import { parseCsv as readCsv } from "../support/csv";

describe("csvField", () => {
  it("quotes a field with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('he said "yes"')).toBe('"he said ""yes"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(3)).toBe("3");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const formula of ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tx", "\r=1"]) {
      const field = csvField(formula);
      const read = readCsv(`${field}\r\n`).records[0]?.[0];
      expect(read, formula).toBe(`'${formula}`);
    }
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes a negative number as the number, not as neutralised text", () => {
    expect(csvField(-0.0213)).toBe("-0.0213");
    expect(csvField("-0.0213")).toBe("'-0.0213");
  });
});

describe("csvRecord", () => {
  it("writes CRLF records that read back to the same values", () => {
    const values = ["x", 'with "quotes", commas', "line\r\nbreak", "=cmd", null];
    const text = csvRecord(values) + csvRecord(["a", "b", "c", "d", "e"]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(readCsv(text).records).toEqual([
      ["x", 'with "quotes", commas', "line\r\nbreak", "'=cmd", ""],
      ["a", "b", "c", "d", "e"],
    ]);
  });
});

describe("claim export rows", () => {
  const claim: ClaimView = {
    id: "6a3c0f1e-6c1b-4f0e-9d7a-6b2f3c4d5e6f",
    statement: '=IMPORTXML("http://evil")',
    isVerbatim: true,
    claimant: { id: "1b2c", name: "Rustem Umerov", kind: "PERSON", affiliation: null },
    claimantRole: "Defense minister, chief negotiator",
    madeAt: "2025-12-15",
    kind: "PREDICTION",
    topics: [
      { id: "t1", name: "Peace talks", slug: "peace-talks" },
      { id: "t2", name: "Guarantees", slug: "guarantees" },
    ],
    resolutionCriteria: null,
    resolveBy: "2025-12-15",
    editorialStatus: "PUBLISHED",
    outcomeStatus: "NOT_HELD",
    revision: 2,
    firstPublishedAt: "2025-12-16T10:00:00.000Z",
    retractedAt: null,
    correctionNote: null,
    updatedAt: "2026-01-01T00:00:00.000Z",
  };

  it("has one value per header column, with the page URL and no working-copy timestamp", () => {
    const exported = exportedClaim(claim, "https://claims.example");
    expect(exported).not.toHaveProperty("updatedAt");
    const values = csvValues(exported);
    expect(values).toHaveLength(CSV_HEADER.length);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, values[i]]));
    expect(row).toMatchObject({
      url: `https://claims.example/claims/${claim.id}`,
      claimantName: "Rustem Umerov",
      topics: "Peace talks; Guarantees",
      outcomeStatus: "NOT_HELD",
      revision: 2,
    });
    const [read] = readCsv(csvRecord(values)).records;
    expect(read?.[CSV_HEADER.indexOf("statement")]).toBe('\'=IMPORTXML("http://evil")');
  });
});
