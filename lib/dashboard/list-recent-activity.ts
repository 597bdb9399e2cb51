import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { forbidden, invalid } from "@/lib/errors";
import { TOTAL_CAP, type KeysetPage } from "@/lib/claims/keyset";
import { isRecordId } from "@/lib/ids";
import {
  ACTIVITY_ENTITY_TYPES,
  activityVerb,
  shortLabel,
  type ActivityEntityType,
} from "@/lib/dashboard/describe-activity";

export interface ActivityItem {
  id: string;
  who: string;
  verb: string;
  record: { type: string; label: string; href: string | null };
  at: string;
}

interface RecordRef {
  label: string;
  href: string | null;
}

export const ACTIVITY_PAGE_SIZE = 20;

/** A page of the activity after the event with this id (a cursor is an event id). */
const ACTIVITY_CURSOR = /^\d{1,18}$/;

/**
 * The dashboard's `activity` parameter: an event id, or null with `invalid` set for anything
 * else, so the page can say so and show the first page instead.
 */
export function activityCursorParam(value: string | string[] | undefined) {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first) return { cursor: null, invalid: false };
  return ACTIVITY_CURSOR.test(first)
    ? { cursor: first, invalid: false }
    : { cursor: null, invalid: true };
}

/**
 * The audit events on the team's records, newest first in the log's own order (by id, as
 * the audit log pages), described for people: who did what to which record, and when. One
 * page after `cursor` (the last event id of the previous page), with the total counted up to
 * TOTAL_CAP. Members only (they may read every claim's working copy).
 * Errors: FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listRecentActivity(
  user: SessionUser,
  options: { cursor?: string | null; pageSize?: number } = {},
): Promise<KeysetPage<ActivityItem>> {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const { cursor } = options;
  if (cursor && !ACTIVITY_CURSOR.test(cursor)) {
    throw invalid({ cursor: "This page link is not valid; start from the first page" });
  }
  const pageSize = Math.min(100, Math.max(1, Math.trunc(options.pageSize ?? ACTIVITY_PAGE_SIZE)));
  const where = { entityType: { in: [...ACTIVITY_ENTITY_TYPES] } };
  const [rows, counted] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...where, ...(cursor ? { id: { lt: BigInt(cursor) } } : {}) },
      orderBy: { id: "desc" },
      take: pageSize + 1,
      include: { actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where, take: TOTAL_CAP + 1 }),
  ]);
  const events = rows.slice(0, pageSize);
  const last = events.at(-1);
  const refs = await loadRecords(events);
  const items = events.map((e) => {
    const ref = refs.get(`${e.entityType}:${e.entityId}`);
    return {
      id: e.id.toString(),
      who: e.actor?.name ?? "The system",
      verb: activityVerb(e.action),
      record: {
        type: e.entityType,
        label: ref?.label ?? "a record that no longer exists",
        href: ref?.href ?? null,
      },
      at: e.createdAt.toISOString(),
    };
  });
  return {
    items,
    total: Math.min(counted, TOTAL_CAP),
    totalIsCapped: counted > TOTAL_CAP,
    pageSize,
    nextCursor: rows.length > pageSize && last ? last.id.toString() : null,
  };
}

/** Looks up every event's record in one query per record type. */
async function loadRecords(
  events: { entityType: string; entityId: string }[],
): Promise<Map<string, RecordRef>> {
  const ids = (type: ActivityEntityType) => [
    ...new Set(
      events.filter((e) => e.entityType === type && isRecordId(e.entityId)).map((e) => e.entityId),
    ),
  ];
  const claim = { select: { id: true, statement: true } } as const;
  const onClaim = { select: { id: true, claim } } as const;
  const [
    claims,
    revisions,
    outcomes,
    forecasts,
    comments,
    citations,
    reviews,
    sources,
    actors,
    topics,
  ] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids("Claim") } }, ...claim }),
    db.claimRevision.findMany({ where: { id: { in: ids("ClaimRevision") } }, ...onClaim }),
    db.outcomeUpdate.findMany({ where: { id: { in: ids("OutcomeUpdate") } }, ...onClaim }),
    db.forecast.findMany({ where: { id: { in: ids("Forecast") } }, ...onClaim }),
    db.comment.findMany({ where: { id: { in: ids("Comment") } }, ...onClaim }),
    db.citation.findMany({ where: { id: { in: ids("Citation") } }, ...onClaim }),
    db.review.findMany({ where: { id: { in: ids("Review") } }, ...onClaim }),
    db.source.findMany({ where: { id: { in: ids("Source") } }, select: { id: true, title: true } }),
    db.actor.findMany({ where: { id: { in: ids("Actor") } }, select: { id: true, name: true } }),
    db.topic.findMany({
      where: { id: { in: ids("Topic") } },
      select: { id: true, name: true, slug: true },
    }),
  ]);

  const refs = new Map<string, RecordRef>();
  const claimRef = (c: { id: string; statement: string }): RecordRef => ({
    label: `“${shortLabel(c.statement)}”`,
    href: `/claims/${c.id}`,
  });
  for (const c of claims) refs.set(`Claim:${c.id}`, claimRef(c));
  const claimParts = { ClaimRevision: revisions, OutcomeUpdate: outcomes, Forecast: forecasts };
  const more = { Comment: comments, Citation: citations, Review: reviews };
  for (const [type, rows] of Object.entries({ ...claimParts, ...more })) {
    for (const r of rows) refs.set(`${type}:${r.id}`, claimRef(r.claim));
  }
  for (const s of sources) refs.set(`Source:${s.id}`, { label: s.title, href: `/sources/${s.id}` });
  for (const a of actors) refs.set(`Actor:${a.id}`, { label: a.name, href: `/actors/${a.id}` });
  for (const t of topics) refs.set(`Topic:${t.id}`, { label: t.name, href: `/topics/${t.slug}` });
  return refs;
}
