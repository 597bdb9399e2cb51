import "server-only";
import { db } from "@/lib/db";
import type { QuoteCheck } from "@/lib/generated/prisma/enums";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import type { ClaimScope } from "@/lib/claims/visibility";

/** A citation's standing after its source was captured again (recheck-citations.ts). */
export interface CaptureCheckView {
  check: QuoteCheck;
  /** ISO 8601: the capture it was checked against. */
  checkedAt: string;
  /** ISO 8601 capture time of the newest capture still holding the quote, if any. */
  lastFoundAt: string | null;
}

async function readChecks(
  claimId: string,
  scope: ClaimScope,
): Promise<Record<string, CaptureCheckView>> {
  const rows = await db.citation.findMany({
    where: {
      claimId,
      captureCheck: { not: null },
      ...(scope === "public" ? { publishedAt: { not: null }, retiredAt: null } : {}),
    },
    select: {
      id: true,
      captureCheck: true,
      captureCheckedAt: true,
      lastFoundCapture: { select: { capturedAt: true } },
    },
  });
  return Object.fromEntries(
    rows.flatMap((r) =>
      r.captureCheck && r.captureCheckedAt
        ? [
            [
              r.id,
              {
                check: r.captureCheck,
                checkedAt: r.captureCheckedAt.toISOString(),
                lastFoundAt: r.lastFoundCapture?.capturedAt.toISOString() ?? null,
              },
            ],
          ]
        : [],
    ),
  );
}

const readPublicChecks = cachedPublicQuery("sources.citationChecks", (claimId: string) =>
  readChecks(claimId, "public"),
);

/**
 * The re-check results of a claim's citations, by citation id. Call with a scope from
 * `resolveClaimScope` for a claim the caller may see; the public reading covers approved
 * citations only and is served from the public cache.
 */
export function listCaptureChecks(
  claimId: string,
  scope: ClaimScope,
): Promise<Record<string, CaptureCheckView>> {
  return scope === "public" ? readPublicChecks(claimId) : readChecks(claimId, scope);
}
