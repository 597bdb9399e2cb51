import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertLibraryReader } from "@/lib/sources/access";

export interface MissingQuote {
  citationId: string;
  claimId: string;
  statement: string;
  exact: string;
  sourceId: string;
  sourceTitle: string;
  /** ISO 8601: the capture that no longer holds the quote. */
  checkedAt: string;
}

/**
 * Quotes that a newer capture of their source no longer contains, newest check first, for the
 * dashboard (members): the claims whose evidence changed under them.
 */
export async function listMissingQuotes(
  user: SessionUser | null,
  limit = 20,
): Promise<MissingQuote[]> {
  assertLibraryReader(user);
  const rows = await db.citation.findMany({
    where: { captureCheck: "MISSING", retiredAt: null },
    orderBy: [{ captureCheckedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      exact: true,
      captureCheckedAt: true,
      claim: { select: { id: true, statement: true } },
      source: { select: { id: true, title: true } },
    },
  });
  return rows.map((r) => ({
    citationId: r.id,
    claimId: r.claim.id,
    statement: r.claim.statement,
    exact: r.exact,
    sourceId: r.source.id,
    sourceTitle: r.source.title,
    checkedAt: (r.captureCheckedAt ?? new Date(0)).toISOString(),
  }));
}
