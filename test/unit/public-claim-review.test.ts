import { describe, expect, it } from "vitest";
import {
  buildClaimReview,
  serializeJsonLd,
  type ClaimReviewFacts,
} from "@/lib/public/claim-review";

const facts = (overrides: Partial<ClaimReviewFacts> = {}): ClaimReviewFacts => ({
  url: "https://claims.example/claims/4f1c",
  organization: "Claimwatch",
  statement: "We hope to reach an agreement by the end of this day.",
  kind: "PREDICTION",
  claimant: { name: "Rustem Umerov", kind: "PERSON" },
  madeAt: "2025-12-15",
  outcome: "NOT_HELD",
  retracted: false,
  reviewedAt: "2025-12-17T09:00:00.000Z",
  explanation: "No agreement was announced that day.",
  sources: [
    { url: "https://news.example/later", publishedAt: "2025-12-16T08:00:00.000Z" },
    { url: "https://news.example/first", publishedAt: "2025-12-15T12:00:00.000Z" },
  ],
  ...overrides,
});

describe("buildClaimReview", () => {
  it("describes a resolved claim with every field search engines read", () => {
    expect(buildClaimReview(facts())).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claims.example/claims/4f1c",
      claimReviewed: "We hope to reach an agreement by the end of this day.",
      datePublished: "2025-12-17T09:00:00.000Z",
      author: { "@type": "Organization", name: "Claimwatch" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Rustem Umerov" },
        datePublished: "2025-12-15",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://news.example/first",
            datePublished: "2025-12-15T12:00:00.000Z",
          },
          {
            "@type": "CreativeWork",
            url: "https://news.example/later",
            datePublished: "2025-12-16T08:00:00.000Z",
          },
        ],
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://news.example/first",
          datePublished: "2025-12-15T12:00:00.000Z",
        },
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Not held",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: "No agreement was announced that day.",
      },
    });
  });

  it("rates HELD 5 and PARTIALLY_HELD 3, with promise-tracker words for promises", () => {
    expect(buildClaimReview(facts({ outcome: "HELD" }))?.reviewRating).toMatchObject({
      ratingValue: 5,
      alternateName: "Held",
    });
    const promise = buildClaimReview(facts({ outcome: "PARTIALLY_HELD", kind: "PROMISE" }));
    expect(promise?.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Compromise" });
  });

  it("gives UNRESOLVABLE a textual rating only", () => {
    const rating = buildClaimReview(facts({ outcome: "UNRESOLVABLE" }))?.reviewRating;
    expect(rating).toEqual({
      "@type": "Rating",
      alternateName: "Unresolvable",
      ratingExplanation: "No agreement was announced that day.",
    });
  });

  it("is null until the public outcome settles the claim", () => {
    for (const outcome of ["PENDING", "IN_PROGRESS", "STALLED"] as const) {
      expect(buildClaimReview(facts({ outcome }))).toBeNull();
    }
  });

  it("is null for a retracted claim, whatever its outcome", () => {
    for (const outcome of ["HELD", "PARTIALLY_HELD", "NOT_HELD", "UNRESOLVABLE"] as const) {
      expect(buildClaimReview(facts({ outcome, retracted: true }))).toBeNull();
    }
  });

  it("names organizations as such and anonymous descriptors as persons", () => {
    const org = buildClaimReview(facts({ claimant: { name: "NATO", kind: "ORGANIZATION" } }));
    expect(org?.itemReviewed.author).toEqual({ "@type": "Organization", name: "NATO" });
    const anonymous = buildClaimReview(
      facts({ claimant: { name: "Senior US official", kind: "ANONYMOUS" } }),
    );
    expect(anonymous?.itemReviewed.author["@type"]).toBe("Person");
  });

  it("lists each source once, dated ones first, and never a non-http URL", () => {
    const review = buildClaimReview(
      facts({
        sources: [
          { url: "https://news.example/undated", publishedAt: null },
          { url: "javascript:alert(1)", publishedAt: "2020-01-01T00:00:00.000Z" },
          { url: "https://news.example/dated", publishedAt: "2025-01-01T00:00:00.000Z" },
          { url: "https://news.example/undated", publishedAt: null },
        ],
      }),
    );
    expect(review?.itemReviewed.appearance?.map((a) => a.url)).toEqual([
      "https://news.example/dated",
      "https://news.example/undated",
    ]);
    expect(review?.itemReviewed.firstAppearance?.url).toBe("https://news.example/dated");
  });

  it("leaves out appearances and the explanation when there are none", () => {
    const review = buildClaimReview(facts({ sources: [], explanation: null }));
    expect(review?.itemReviewed).not.toHaveProperty("appearance");
    expect(review?.itemReviewed).not.toHaveProperty("firstAppearance");
    expect(review?.reviewRating).not.toHaveProperty("ratingExplanation");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed or commented out by user text, and stays the same JSON", () => {
    const hostile = 'He said "</script><script>alert(1)</script><!-- & \u2028"';
    const text = serializeJsonLd({ claimReviewed: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual({ claimReviewed: hostile });
  });
});
