import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import type { TAuditQuery } from "@/lib/audit/schemas";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventRow {
  id: string;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string;
  prevHash: string;
}

export interface AuditEventPage {
  items: AuditEventRow[];
  /** Pass as `cursor` for the next (older) page; keyset pagination by id. */
  nextCursor: string | null;
}

/** The audit log, newest first, with its chain hashes (admins only). */
export async function listAuditEvents(
  user: SessionUser | null,
  query: TAuditQuery,
): Promise<AuditEventPage> {
  authorize(user, "audit.read");
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = query.from;
  if (query.to) createdAt.lt = new Date(query.to.getTime() + 24 * 60 * 60 * 1000);
  const rows = await db.auditEvent.findMany({
    where: {
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.entityType ? { entityType: query.entityType } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
      ...(query.from || query.to ? { createdAt } : {}),
      ...(query.cursor ? { id: { lt: BigInt(query.cursor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    items: page.map((r) => ({
      id: r.id.toString(),
      at: r.createdAt.toISOString(),
      actor: r.actor,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      hash: r.hash,
      prevHash: r.prevHash,
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

/** Choices for the filter form: every user and every record type in the log. */
export async function listAuditFilterChoices(user: SessionUser | null) {
  authorize(user, "audit.read");
  const [users, types] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    db.$queryRaw<{ entityType: string }[]>`
      SELECT DISTINCT "entityType" FROM "AuditEvent" ORDER BY 1`,
  ]);
  return { users, types: types.map((t) => t.entityType) };
}
