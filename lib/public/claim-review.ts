import type { ActorKind, ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { isResolved } from "@/lib/outcomes/resolved";
import { outcomeLabel } from "@/lib/scales";
import { safeHref } from "@/lib/safe-href";

// schema.org ClaimReview markup for a claim page, the way search engines read fact checks.
//
// The rating is "how far did the claim hold", on a 1–5 scale: HELD 5, PARTIALLY_HELD 3,
// NOT_HELD 1. UNRESOLVABLE has no place on that scale (it says the question cannot be
// settled, not that the claim half held), so its rating is textual only: alternateName
// "Unresolvable" with the explanation, and no ratingValue, bestRating or worstRating. That
// is how schema.org and Google's fact-check markup treat ratings that are not numeric.

export const RATING_SCALE = { best: 5, worst: 1 } as const;

export const RATING_VALUES: Partial<Record<OutcomeStatus, number>> = {
  HELD: 5,
  PARTIALLY_HELD: 3,
  NOT_HELD: 1,
};

/** What the markup is built from: the public reading of one claim and its latest outcome. */
export interface ClaimReviewFacts {
  /** Absolute URL of the claim page. */
  url: string;
  organization: string;
  statement: string;
  kind: ClaimKind;
  claimant: { name: string; kind: ActorKind };
  /** YYYY-MM-DD. */
  madeAt: string;
  outcome: OutcomeStatus;
  /** A retracted claim carries no rating: the record no longer stands behind it. */
  retracted: boolean;
  /** When the outcome that settled the claim was published (ISO 8601). */
  reviewedAt: string;
  /** The note of the latest public outcome update. */
  explanation: string | null;
  /** The sources of the claim's public citations, in citation order. */
  sources: { url: string; publishedAt: string | null }[];
}

interface CreativeWork {
  "@type": "CreativeWork";
  url: string;
  datePublished?: string;
}

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string };
  itemReviewed: {
    "@type": "Claim";
    author: { "@type": "Person" | "Organization"; name: string };
    datePublished: string;
    appearance?: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    ratingExplanation?: string;
  };
}

function creativeWork(source: { url: string; publishedAt: string | null }): CreativeWork {
  return {
    "@type": "CreativeWork",
    url: source.url,
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
  };
}

/** The cited sources, each once; the earliest published first, undated ones after. */
function appearances(sources: ClaimReviewFacts["sources"]): CreativeWork[] {
  const linkable = sources.flatMap((s) => {
    const url = safeHref(s.url);
    return url ? [{ ...s, url }] : [];
  });
  const unique = [...new Map(linkable.map((s) => [s.url, s])).values()];
  const dated = unique.filter((s) => s.publishedAt !== null);
  const undated = unique.filter((s) => s.publishedAt === null);
  dated.sort((a, b) => Date.parse(a.publishedAt ?? "") - Date.parse(b.publishedAt ?? ""));
  return [...dated, ...undated].map(creativeWork);
}

/**
 * The ClaimReview for a claim, or null while its public outcome does not settle it, and
 * for a retracted claim (rating it would still publish the verdict that was withdrawn).
 */
export function buildClaimReview(facts: ClaimReviewFacts): ClaimReviewJsonLd | null {
  if (facts.retracted || !isResolved(facts.outcome)) return null;
  const value = RATING_VALUES[facts.outcome];
  const works = appearances(facts.sources);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: facts.url,
    claimReviewed: facts.statement,
    datePublished: facts.reviewedAt,
    author: { "@type": "Organization", name: facts.organization },
    itemReviewed: {
      "@type": "Claim",
      author: {
        "@type": facts.claimant.kind === "ORGANIZATION" ? "Organization" : "Person",
        name: facts.claimant.name,
      },
      datePublished: facts.madeAt,
      ...(works.length > 0 ? { appearance: works, firstAppearance: works[0] } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: outcomeLabel(facts.outcome, facts.kind),
      ...(value === undefined
        ? {}
        : { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
      ...(facts.explanation ? { ratingExplanation: facts.explanation } : {}),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. User text must not be able to end
 * the script element or start a comment, so `<`, `>` and `&` are written as \u escapes (still
 * the same JSON); U+2028/U+2029 too, which some JavaScript parsers take for line breaks.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
