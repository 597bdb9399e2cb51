import fc from "fast-check";
import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { canonicalAuditContent, chainHash, GENESIS_HASH } from "@/lib/audit/chain";

// lib/audit/canonical-json.ts against the `canonicalize` package (RFC 8785's reference for
// JavaScript) on arbitrary JSON values, with a fixed seed; raise RUNS locally to search wider.

const SEED = 20261201;
const RUNS = 2000;

// Full Unicode strings (astral characters, controls, quotes, backslashes) and doubles of any
// magnitude, including -0, tiny and huge exponents.
const json = fc.jsonValue({
  maxDepth: 4,
  stringUnit: fc.oneof(
    fc.constantFrom('"', "\\", "\u0000", "\u001f", "\u007f", "\u2028"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
});

describe("canonicalJson (RFC 8785)", () => {
  it("writes what the canonicalize package writes, for any JSON value", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("agrees after a round trip through JSON text, as the verifier reads rows", () => {
    fc.assert(
      fc.property(json, (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("matches RFC 8785's own example (§3.2.2) and orders names by UTF-16 code units", () => {
    const rfc = {
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"/",
      literals: [null, true, false],
    };
    expect(canonicalJson(rfc)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
    expect(
      canonicalJson({ "\u20ac": 1, "\r": 2, "\ud83d\ude00": 3, "\ufb33": 4, "10": 5, "9": 6 }),
    ).toBe('{"\\r":2,"10":5,"9":6,"\u20ac":1,"\ud83d\ude00":3,"\ufb33":4}');
  });

  it("refuses what RFC 8785 cannot write", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson("lone \ud800 surrogate")).toThrow();
    expect(() => canonicalJson({ ["\udc00"]: 1 })).toThrow();
    expect(() => canonicalJson(10n)).toThrow();
  });
});

describe("the audit row's canonical content", () => {
  it("is canonicalize of the row's eight members, whatever they hold", () => {
    const row = fc.record({
      id: fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String),
      actorId: fc.option(fc.uuid(), { nil: null }),
      action: fc.string({ unit: "binary" }),
      entityType: fc.string(),
      entityId: fc.string({ unit: "binary" }),
      before: fc.option(json, { nil: undefined }),
      after: fc.option(json, { nil: undefined }),
      createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(row, (content) => {
        const expected = canonicalize({
          ...content,
          before: content.before ?? null,
          after: content.after ?? null,
        });
        expect(canonicalAuditContent(content)).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("hashes to SHA-256 of the previous hash and that text", () => {
    const content = {
      id: "1",
      actorId: null,
      action: "claim.create",
      entityType: "Claim",
      entityId: "c1",
      before: undefined,
      after: { statement: "Ünïcode “quotes”", n: 1.5 },
      createdAt: "2026-12-01T00:00:00.000Z",
    };
    // Computed independently (Python hashlib.sha256 of 64 zeros followed by the text).
    expect(canonicalAuditContent(content)).toBe(
      '{"action":"claim.create","actorId":null,"after":{"n":1.5,"statement":"Ünïcode “quotes”"},"before":null,"createdAt":"2026-12-01T00:00:00.000Z","entityId":"c1","entityType":"Claim","id":"1"}',
    );
    expect(chainHash(GENESIS_HASH, content)).toBe(
      "7b4dc31d4d6b685eda0beb5f9c33394326d7d5a056ecd53aa0aa25ccc18fbd6d",
    );
  });
});
