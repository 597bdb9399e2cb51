import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
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

/**
 * The latest audit events on the team's records, described for people: who did what to
 * which record, and when. Members only (they may read every claim's working copy).
 */
export async function listRecentActivity(user: SessionUser, limit = 20): Promise<ActivityItem[]> {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const events = await db.auditEvent.findMany({
    where: { entityType: { in: [...ACTIVITY_ENTITY_TYPES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { actor: { select: { name: true } } },
  });
  const refs = await loadRecords(events);
  return events.map((e) => {
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
