import "server-only";
import { db } from "@/lib/db";
import type { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { claimViewInclude, toClaimView } from "@/lib/claims/queries";
import { visibleClaimsWhere } from "@/lib/claims/visibility";
import { isoDate } from "@/lib/forms/fields";
import { isRecordId } from "@/lib/ids";
import { readCaptureHistory, type CaptureHistory } from "@/lib/sources/captures";

// A source as the public sees it (PRODUCT.md): its fields, its capture dates and hashes, and
// the published claims citing it with their quotes in context, never the captured text (the
// outlet's copyright stays theirs). Only sources cited by an approved citation of a published
// claim exist for the public; any other id is "not found", like an unpublished claim.

export interface PublicCitingClaim {
  claimId: string;
  statement: string;
  isVerbatim: boolean;
  claimantName: string;
  quote: { exact: string; prefix: string; suffix: string };
  /** MISSING when the source's latest capture no longer holds the quote; else null. */
  missingSince: { checkedAt: string; lastFoundAt: string | null } | null;
}

export interface PublicSource extends CaptureHistory {
  id: string;
  url: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  language: string | null;
  reliability: SourceReliability;
  citingClaims: PublicCitingClaim[];
}

/** Approved, not withdrawn citations on published claims: what makes a source public. */
const publicCitationWhere = {
  publishedAt: { not: null },
  retiredAt: null,
  claim: visibleClaimsWhere("public"),
};

async function readPublicSource(id: string): Promise<PublicSource | null> {
  if (!isRecordId(id)) return null;
  const source = await db.source.findFirst({
    where: { id, citations: { some: publicCitationWhere } },
    select: {
      id: true,
      url: true,
      title: true,
      outlet: true,
      author: true,
      publishedAt: true,
      kind: true,
      language: true,
      reliability: true,
      citations: {
        where: publicCitationWhere,
        select: {
          exact: true,
          prefix: true,
          suffix: true,
          captureCheck: true,
          checkedCapture: { select: { capturedAt: true } },
          lastFoundCapture: { select: { capturedAt: true } },
          claim: { include: claimViewInclude },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 500,
      },
    },
  });
  if (!source) return null;
  const { citations, publishedAt, ...fields } = source;
  return {
    ...fields,
    publishedAt: isoDate(publishedAt),
    ...(await readCaptureHistory(id)),
    citingClaims: citations.map((c) => {
      const claim = toClaimView(c.claim, "public");
      return {
        claimId: claim.id,
        statement: claim.statement,
        isVerbatim: claim.isVerbatim,
        claimantName: claim.claimant.name,
        quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix },
        missingSince:
          c.captureCheck === "MISSING" && c.checkedCapture
            ? {
                checkedAt: c.checkedCapture.capturedAt.toISOString(),
                lastFoundAt: c.lastFoundCapture?.capturedAt.toISOString() ?? null,
              }
            : null,
      };
    }),
  };
}

/** The public reading of a source, served from the public cache; null means 404. */
export const getPublicSource = cachedPublicQuery("sources.public", readPublicSource);
