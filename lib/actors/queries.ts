import "server-only";
import { escapeLike } from "@/lib/escape-like";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { normalizeName } from "@/lib/actors/normalize-name";
import { matchActorNames } from "@/lib/actors/match-names";
import { toActorView, type ActorView } from "@/lib/actors/actor-view";
import type { TActorSearch } from "@/lib/actors/schemas";

// Actors are public records: anyone may read them. Merged-away actors are left out of
// searches (their claims now belong to the survivor) but can still be fetched by id.

const aliases = { select: { id: true, alias: true, normalized: true } } as const;

export interface ActorPage {
  items: ActorView[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Searches actors by name and by every alias. Aliases (which include each name written
 * through the app) are compared normalized, so "umarov", "UMAROV" and "Umárov" all find
 * "Rustam Umarov"; the name itself is also matched case-insensitively, for actors whose
 * name was never registered as a spelling. When no spelling contains the text, names match
 * approximately (pg_trgm, lib/actors/match-names.ts): "Oumerov" finds "Rustem Umerov", in
 * the directory and in the claimant picker.
 */
export async function searchActors(search: TActorSearch): Promise<ActorPage> {
  const q = search.q.trim();
  const normalized = escapeLike(normalizeName(q));
  const byKind: Prisma.ActorWhereInput = search.kind ? { kind: search.kind } : {};
  const exact: Prisma.ActorWhereInput = {
    mergedIntoId: null,
    ...byKind,
    ...(q
      ? {
          OR: [
            { name: { contains: escapeLike(q), mode: "insensitive" } },
            { aliases: { some: { normalized: { contains: normalized } } } },
          ],
        }
      : {}),
  };
  let where = exact;
  let total = await db.actor.count({ where });
  // Only when no spelling contains the text: approximate names, "Oumerov" for "Umerov".
  if (total === 0 && q) {
    const approximate = await matchActorNames(q);
    if (approximate.length > 0) {
      where = { mergedIntoId: null, ...byKind, id: { in: approximate } };
      total = await db.actor.count({ where });
    }
  }
  const rows = await db.actor.findMany({
    where,
    include: { aliases },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (search.page - 1) * search.pageSize,
    take: search.pageSize,
  });
  return { items: rows.map(toActorView), total, page: search.page, pageSize: search.pageSize };
}

/** One actor by id, merged or not; NOT_FOUND for anything else. */
export async function getActor(id: string): Promise<ActorView> {
  if (!isRecordId(id)) throw notFound("Actor");
  const actor = await db.actor.findUnique({ where: { id }, include: { aliases } });
  if (!actor) throw notFound("Actor");
  return toActorView(actor);
}
