import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { matchActorNames } from "@/lib/actors/match-names";
import type { ClaimView } from "@/lib/claims/claim-view";
import { findClaimViews } from "@/lib/claims/find-claim-views";
import { resolveClaimScope, type ClaimScope } from "@/lib/claims/visibility";
import {
  decodeCursor,
  encodeCursor,
  TOTAL_CAP,
  type Keyset,
  type KeysetPage,
} from "@/lib/claims/keyset";
import {
  countMatches,
  findMatchingKeys,
  findRankedFirstPage,
  type SearchSpec,
} from "@/lib/claims/search-sql";
import type { ClaimFilters } from "@/lib/public/claim-filters";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { actorTag, PUBLIC_CONTENT_TAG, topicTag } from "@/lib/cache/tags";

export interface ClaimPage extends KeysetPage<ClaimView> {
  /** True when the matches are ordered by relevance, false when newest first. */
  rankedByRelevance: boolean;
}

export interface ClaimPageOptions {
  scope?: ClaimScope;
  /** The `nextCursor` of the previous page; none for the first page. */
  cursor?: string | null;
  /** 1–100, default 20. */
  pageSize?: number;
  /** Order without text: "newest" (default) or "made" (date made, newest first). */
  order?: SearchSpec["order"];
}

/**
 * Claims matching the filters, one keyset page of them, in the reading the user may have
 * (the public one unless `scope` is "internal" and the user is a member).
 *
 * Text (`q`) is a web-search query (PostgreSQL websearch_to_tsquery): words must all occur
 * (English stems, accents and case aside), "quoted words" as a phrase, `OR` between
 * alternatives, `-word` excludes. It is matched against each claim's search document
 * (statement, claimant name and aliases, role, topics); when nothing matches so, the whole
 * text is matched approximately against claimant names and aliases
 * (lib/actors/match-names.ts). With text
 * the results are ranked by relevance (ts_rank) unless more than TOTAL_CAP claims match;
 * otherwise, and without text, newest first (`rankedByRelevance` says which).
 *
 * Errors: UNAUTHORIZED for scope "internal" without a user; INVALID (field `cursor`) for a
 * cursor this app did not write.
 */
export async function searchClaims(
  user: SessionUser | null,
  filters: ClaimFilters,
  options: ClaimPageOptions = {},
): Promise<ClaimPage> {
  const scope = resolveClaimScope(user, options.scope ?? "public");
  const pageSize = Math.min(100, Math.max(1, options.pageSize ?? 20));
  const cursor = options.cursor ?? null;
  decodeCursor(cursor); // refuse a bad cursor before the cache sees it
  const order = options.order ?? "newest";
  return scope === "public"
    ? readPublicPage(filters, cursor, pageSize, order)
    : readPage("internal", filters, cursor, pageSize, order);
}

async function readPage(
  scope: ClaimScope,
  filters: ClaimFilters,
  cursor: string | null,
  pageSize: number,
  order: SearchSpec["order"],
): Promise<ClaimPage> {
  const after = decodeCursor(cursor);
  const base: SearchSpec = { scope, filters, actorIds: [], order };
  // The first page of a text search is ranked and counted in one statement; other pages
  // count first.
  const firstText = Boolean(filters.q) && !after;
  const { spec, found } = await resolveSearch(
    base,
    firstText
      ? (s) => findRankedFirstPage(s, pageSize + 1)
      : async (s) => ({ count: await countMatches(s), keys: null }),
  );
  const count = found.count;
  // Ranking reads every match; past TOTAL_CAP a query is too broad for relevance to tell
  // much, so its matches are listed newest first, walking the date index instead. A cursor
  // keeps the order its first page had.
  const relevance = Boolean(filters.q) && (after ? after.rank !== null : count <= TOTAL_CAP);
  const keys =
    count === 0
      ? []
      : relevance && found.keys
        ? found.keys
        : await findMatchingKeys({ ...spec, relevance, walk: !relevance }, after, pageSize + 1);
  const shown = keys.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    items: await findClaimViews(
      scope,
      shown.map((k) => k.id),
    ),
    total: Math.min(count, TOTAL_CAP),
    totalIsCapped: count > TOTAL_CAP,
    pageSize,
    nextCursor: keys.length > pageSize && last ? encodeCursor(last) : null,
    rankedByRelevance: relevance,
  };
}

interface Found {
  /** Matches, up to TOTAL_CAP + 1. */
  count: number;
  /** The first page's keys by relevance, when the probe ranked them. */
  keys: Keyset[] | null;
}

/**
 * The text matched as words first; only when no claim matches that way is it matched
 * approximately against claimant names (so "Oumerov" finds Umerov's claims, while a word
 * that matches exactly is not diluted with every similar name). `probe` counts the matches
 * of a spec (and may rank its first page); returns the spec used and what its probe found.
 */
async function resolveSearch(
  spec: SearchSpec,
  probe: (spec: SearchSpec) => Promise<Found>,
): Promise<{ spec: SearchSpec; found: Found }> {
  const found = await probe(spec);
  if (found.count > 0 || !spec.filters.q) return { spec, found };
  const actorIds = await matchActorNames(spec.filters.q);
  if (actorIds.length === 0) return { spec, found };
  const approximate = { ...spec, actorIds };
  return { spec: approximate, found: await probe(approximate) };
}

const readPublicPage = cachedPublicQuery(
  "claims.search",
  (filters: ClaimFilters, cursor: string | null, pageSize: number, order: SearchSpec["order"]) =>
    readPage("public", filters, cursor, pageSize, order),
  // Only claims on the topic (by the claimant) can change a search limited to it.
  (filters) =>
    filters.topic
      ? [topicTag(filters.topic)]
      : filters.actor
        ? [actorTag(filters.actor)]
        : [PUBLIC_CONTENT_TAG],
);

/**
 * Every claim matching the filters in the given reading, newest first, a batch at a time,
 * following the keyset (no count, no offset): for exports that must see the whole result
 * without holding it, and without a claim published meanwhile appearing twice.
 */
export async function* eachClaimBatch(
  scope: ClaimScope,
  filters: ClaimFilters,
  batchSize: number,
): AsyncGenerator<ClaimView[]> {
  const { spec } = await resolveSearch({ scope, filters, actorIds: [], walk: true }, async (s) => ({
    count: await countMatches(s),
    keys: null,
  }));
  let after: Keyset | null = null;
  for (;;) {
    const keys: Keyset[] = await findMatchingKeys(spec, after, batchSize);
    if (keys.length > 0)
      yield await findClaimViews(
        scope,
        keys.map((k) => k.id),
      );
    const last = keys.at(-1);
    if (keys.length < batchSize || !last) return;
    after = last;
  }
}
