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
  RANK_MAX,
  type SearchSpec,
} from "@/lib/claims/search-sql";
import type { ClaimFilters } from "@/lib/claims/filters";
import { utcToday } from "@/lib/forms/fields";
import {
  memberConditions,
  type MemberClaimFilters,
  type MemberConditions,
} from "@/lib/claims/member-filters";
import { estimateText } from "@/lib/claims/search-plan";
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
  /** Members' filters (status, author, overdue, forecast); honoured in the internal reading only. */
  member?: MemberClaimFilters;
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
 * (lib/actors/match-names.ts) and those claimants' claims are listed newest first. With text
 * the results are ranked by relevance (ts_rank) unless more than RANK_MAX claims match;
 * otherwise, and without text, newest first (`rankedByRelevance` says which; unranked text
 * with a range of the date made is listed by that date, newest first). The plan is
 * chosen from the lexeme counts (lib/claims/search-plan.ts). The total is exact up to
 * TOTAL_CAP where it costs no row per match (no text, one word without other filters); text
 * whose matches must be read to be counted, and names, are counted up to RANK_MAX ("1,000+").
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
  if (scope === "public") return readPublicPage(filters, cursor, pageSize, order);
  const member =
    user && options.member ? memberConditions(options.member, user.id, utcToday()) : undefined;
  return readPage("internal", filters, cursor, pageSize, order, member);
}

async function readPage(
  scope: ClaimScope,
  filters: ClaimFilters,
  cursor: string | null,
  pageSize: number,
  order: SearchSpec["order"],
  member?: MemberConditions,
): Promise<ClaimPage> {
  const after = decodeCursor(cursor);
  const base: SearchSpec = { scope, filters, actorIds: [], order, member };
  // The lexeme counts first (no claim read): they may answer "no hits", give the total of a
  // one-word search, or show that the text is rare enough to rank every match.
  const estimate = filters.q ? await estimateText(scope, filters.q) : null;
  const firstText = Boolean(filters.q) && !after;
  const { spec, found } = await resolveSearch(base, async (s): Promise<Found> => {
    // Names matched approximately: counted from the claimant index, up to RANK_MAX.
    if (s.actorIds.length > 0) {
      return { count: await countMatches(s, RANK_MAX), cap: RANK_MAX, keys: null };
    }
    if (!estimate) return { count: await countMatches(s), cap: TOTAL_CAP, keys: null };
    if (estimate.upper === 0) return { count: 0, cap: TOTAL_CAP, keys: null };
    if (estimate.exact && !narrowed(s) && (estimate.upper > RANK_MAX || !firstText)) {
      return { count: estimate.upper, cap: TOTAL_CAP, keys: null };
    }
    if (firstText) return { ...(await findRankedFirstPage(s, pageSize + 1)), cap: RANK_MAX };
    return { count: await countMatches(s, RANK_MAX), cap: RANK_MAX, keys: null };
  });
  const { count, cap } = found;
  // A cursor keeps the order its first page had.
  const relevance =
    Boolean(filters.q) &&
    spec.actorIds.length === 0 &&
    (after ? after.rank !== null : count <= RANK_MAX);
  // Many matches listed newest first: walk the date index testing each row, which finds a
  // page within a few thousand rows, rather than read every match to sort them. With a range
  // of the date made they are listed by that date, whose index starts the walk in the range
  // (a walk by publication would first pass every claim published since).
  const walk = Boolean(filters.q) && !relevance;
  const listed: SearchSpec =
    walk && (filters.from || filters.to) ? { ...spec, order: "made" } : spec;
  const keys =
    count === 0
      ? []
      : relevance && found.keys
        ? found.keys
        : await findMatchingKeys({ ...listed, relevance, walk }, after, pageSize + 1);
  const shown = keys.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    items: await findClaimViews(
      scope,
      shown.map((k) => k.id),
    ),
    total: Math.min(count, cap),
    totalIsCapped: count > cap,
    pageSize,
    nextCursor: keys.length > pageSize && last ? encodeCursor(last) : null,
    rankedByRelevance: relevance,
  };
}

/** Whether anything beside the text narrows the matches (so the text's count is no total). */
function narrowed(spec: SearchSpec): boolean {
  const f = spec.filters;
  return Boolean(f.kind || f.outcome || f.topic || f.actor || f.from || f.to || spec.member);
}

interface Found {
  /** Matches, up to `cap` + 1. */
  count: number;
  /** How far the matches were counted: TOTAL_CAP, or RANK_MAX where counting reads rows. */
  cap: number;
  /** The first page's keys by relevance, when the probe ranked them. */
  keys: Keyset[] | null;
}

/**
 * The text matched as words first; only when no claim matches that way is it matched
 * approximately against claimant names (so "Oumerov" finds Umerov's claims, while a word
 * that matches exactly is not diluted with every similar name), their claims then listed
 * newest first. `probe` counts the matches of a spec (and may rank its first page); returns
 * the spec used and what its probe found.
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
    cap: TOTAL_CAP,
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
