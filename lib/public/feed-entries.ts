import "server-only";
import { cachedPublicQuery } from "@/lib/cache/public-content";
import { db } from "@/lib/db";
import type { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { visibleClaimsWhere } from "@/lib/claims/visibility";
import { isoDate } from "@/lib/forms/fields";
import { outcomeLabel } from "@/lib/scales";
import { describeClaim } from "@/lib/public/describe-claim";
import { checkpointFeedItems } from "@/lib/audit/checkpoint-feed";

export const FEED_SIZE = 50;
const TITLE_STATEMENT_MAX = 140;

/** A feed entry before it has an absolute URL: `path` is relative to the site's origin. */
export interface FeedItem {
  id: string;
  title: string;
  updated: string;
  published?: string;
  path: string;
  summary: string;
}

interface Content {
  statement: string;
  isVerbatim: boolean;
  kind: ClaimKind;
  claimant: { name: string };
}

const content = {
  select: {
    statement: true,
    isVerbatim: true,
    kind: true,
    madeAt: true,
    claimantRole: true,
    claimant: { select: { name: true } },
  },
} as const;

function shortStatement(c: Content): string {
  const text =
    c.statement.length > TITLE_STATEMENT_MAX
      ? `${c.statement.slice(0, TITLE_STATEMENT_MAX - 1).trimEnd()}…`
      : c.statement;
  return `${c.claimant.name}: ${c.isVerbatim ? `“${text}”` : text}`;
}

const byUpdatedDesc = (a: FeedItem, b: FeedItem) =>
  Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id);

async function claimItems(): Promise<FeedItem[]> {
  const select = {
    id: true,
    firstPublishedAt: true,
    retractedAt: true,
    correctionNote: true,
    publicOutcomeStatus: true,
    publishedRevision: content,
  } as const;
  const where = visibleClaimsWhere("public");
  // A retraction is news too: a claim retracted today counts as updated today.
  const [published, retracted] = await Promise.all([
    db.claim.findMany({ where, select, orderBy: { firstPublishedAt: "desc" }, take: FEED_SIZE }),
    db.claim.findMany({
      where: { AND: [where, { retractedAt: { not: null } }] },
      select,
      orderBy: { retractedAt: "desc" },
      take: FEED_SIZE,
    }),
  ]);
  const unique = new Map([...published, ...retracted].map((c) => [c.id, c]));
  return [...unique.values()].flatMap((c) => {
    const r = c.publishedRevision;
    if (!r || !c.firstPublishedAt) return [];
    const summary = describeClaim({
      kind: r.kind,
      claimantName: r.claimant.name,
      claimantRole: r.claimantRole,
      madeAt: isoDate(r.madeAt),
      outcome: c.publicOutcomeStatus,
    });
    return [
      {
        id: `urn:uuid:${c.id}`,
        title: `${c.retractedAt ? "Retracted: " : ""}${shortStatement(r)}`,
        updated: (c.retractedAt ?? c.firstPublishedAt).toISOString(),
        published: c.firstPublishedAt.toISOString(),
        path: `/claims/${c.id}`,
        summary: c.retractedAt ? `${summary} Retracted: ${c.correctionNote ?? ""}` : summary,
      },
    ];
  });
}

async function outcomeItems(): Promise<FeedItem[]> {
  const rows = await db.outcomeUpdate.findMany({
    where: { publishedAt: { not: null }, claim: visibleClaimsWhere("public") },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      status: true,
      occurredAt: true,
      note: true,
      publishedAt: true,
      claim: {
        select: { id: true, retractedAt: true, correctionNote: true, publishedRevision: content },
      },
    },
  });
  return rows.flatMap((u) => {
    const r = u.claim.publishedRevision;
    if (!r || !u.publishedAt) return [];
    const status: OutcomeStatus = u.status;
    const entry = `${isoDate(u.occurredAt)}: ${u.note}`;
    // The verdict on a retracted claim no longer stands: the entry says so (and, updated,
    // replaces the copy a feed reader already has).
    const { retractedAt, correctionNote } = u.claim;
    const retracted = retractedAt !== null;
    return [
      {
        id: `urn:uuid:${u.id}`,
        title: `${retracted ? "Retracted: " : ""}Outcome: ${outcomeLabel(status, r.kind)} — ${shortStatement(r)}`,
        updated: (retracted ? retractedAt : u.publishedAt).toISOString(),
        path: `/claims/${u.claim.id}#outcome-${u.id}`,
        summary: retracted ? `The claim was retracted: ${correctionNote ?? ""} (${entry})` : entry,
      },
    ];
  });
}

/**
 * The feed's entries: published claims and approved outcome updates, newest first, and the
 * newest signed audit checkpoints. Only the public reading is read: published revisions,
 * approved entries.
 */
export const listFeedItems = cachedPublicQuery("public.feed", readFeedItems);

async function readFeedItems(): Promise<FeedItem[]> {
  const [claims, outcomes, checkpoints] = await Promise.all([
    claimItems(),
    outcomeItems(),
    checkpointFeedItems(),
  ]);
  // The few newest audit checkpoints (at most 5) take the places of the oldest news, so the
  // feed keeps FEED_SIZE entries at most.
  const news = [...claims, ...outcomes]
    .sort(byUpdatedDesc)
    .slice(0, FEED_SIZE - checkpoints.length);
  return [...news, ...checkpoints].sort(byUpdatedDesc);
}
