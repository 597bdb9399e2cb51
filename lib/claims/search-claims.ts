import "server-only";
import { escapeLike } from "@/lib/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { normalizeName } from "@/lib/actors/normalize-name";
import type { ClaimPage } from "@/lib/claims/queries";
import { findClaimPage } from "@/lib/claims/queries";
import { resolveClaimScope, visibleClaimsWhere, type ClaimScope } from "@/lib/claims/visibility";
import type { ClaimFilters } from "@/lib/public/claim-filters";
import { cachedPublicQuery } from "@/lib/cache/public-content";

/** More words than this add nothing to a search but cost; the rest are ignored. */
const WORDS_MAX = 10;

/**
 * Conditions on a claim's content. The public reading matches them against the published
 * revision, members against the working copy; both rows have these fields, so one condition
 * serves both.
 */
type ContentWhere = Prisma.ClaimWhereInput & Prisma.ClaimRevisionWhereInput;

export function searchWords(q: string | undefined): string[] {
  return (q ?? "").split(/\s+/).filter(Boolean).slice(0, WORDS_MAX);
}

/**
 * One search word matches the statement or the claimant: their name, or any spelling of it
 * (ActorAlias.normalized, accents and case aside), so "Umarov" finds Rustem Umerov's claims.
 * The statement is matched case-insensitively, as typed and with accents stripped.
 */
function wordWhere(word: string): ContentWhere {
  const typed = escapeLike(word);
  const normalized = escapeLike(normalizeName(word));
  const insensitive = "insensitive" as const;
  const statements = [...new Set([typed.toLowerCase(), normalized])].map((text) => ({
    statement: { contains: text, mode: insensitive },
  }));
  return {
    OR: [
      ...statements,
      { claimant: { is: { name: { contains: typed, mode: insensitive } } } },
      { claimant: { is: { aliases: { some: { normalized: { contains: normalized } } } } } },
    ],
  };
}

function contentWhere(filters: ClaimFilters): ContentWhere {
  const conditions: ContentWhere[] = searchWords(filters.q).map(wordWhere);
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.actor) conditions.push({ claimantId: filters.actor });
  if (filters.topic) conditions.push({ topics: { some: { topic: { slug: filters.topic } } } });
  if (filters.from) conditions.push({ madeAt: { gte: filters.from } });
  if (filters.to) conditions.push({ madeAt: { lte: filters.to } });
  return { AND: conditions };
}

/** The `where` of a claim search, inside what the scope may see. */
export function claimSearchWhere(scope: ClaimScope, filters: ClaimFilters): Prisma.ClaimWhereInput {
  const content = contentWhere(filters);
  const outcome: Prisma.ClaimWhereInput = filters.outcome
    ? scope === "public"
      ? { publicOutcomeStatus: filters.outcome }
      : { outcomeStatus: filters.outcome }
    : {};
  return {
    AND: [
      visibleClaimsWhere(scope),
      scope === "public" ? { publishedRevision: { is: content } } : content,
      outcome,
    ],
  };
}

/** Newest first: by first publication for the public, by last change for members. */
export function claimSearchOrder(scope: ClaimScope): Prisma.ClaimOrderByWithRelationInput[] {
  return scope === "public"
    ? [{ firstPublishedAt: "desc" }, { id: "asc" }]
    : [{ updatedAt: "desc" }, { id: "asc" }];
}

/**
 * Claims matching the filters, one page of them, in the reading the user may have (the
 * public one unless `scope` is "internal" and the user is a member).
 */
export async function searchClaims(
  user: SessionUser | null,
  filters: ClaimFilters,
  options: { scope?: ClaimScope; page?: number; pageSize?: number } = {},
): Promise<ClaimPage> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const page = Math.max(1, options.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 20));
  return scope === "public"
    ? readPublicPage(filters, page, pageSize)
    : readPage("internal", filters, page, pageSize);
}

async function readPage(
  scope: ClaimScope,
  filters: ClaimFilters,
  page: number,
  pageSize: number,
): Promise<ClaimPage> {
  return findClaimPage(scope, claimSearchWhere(scope, filters), {
    page,
    pageSize,
    orderBy: claimSearchOrder(scope),
  });
}

const readPublicPage = cachedPublicQuery(
  "claims.search",
  (filters: ClaimFilters, page: number, pageSize: number) =>
    readPage("public", filters, page, pageSize),
);
