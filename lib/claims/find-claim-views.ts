import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, ClaimKind } from "@/lib/generated/prisma/enums";
import {
  internalClaimView,
  publicClaimView,
  type ClaimColumns,
  type ClaimView,
} from "@/lib/claims/claim-view";
import type { ClaimScope } from "@/lib/claims/visibility";

// The claims of one page of a list, read in ONE statement: each row carries its claimant and
// topics as JSON. An ORM include of the same data costs eight round trips (claims, their
// claimants, topic links, topics, and the same again for the published revisions), which
// made the views the largest part of a search's database time at a million claims.

interface Row extends ClaimColumns {
  number: number;
  revisionCreatedAt: Date;
  statement: string;
  isVerbatim: boolean;
  claimantRole: string | null;
  madeAt: Date;
  kind: ClaimKind;
  resolutionCriteria: string | null;
  resolveBy: Date | null;
  claimant: { id: string; name: string; kind: ActorKind; affiliation: string | null };
  topics: { id: string; name: string; slug: string }[];
}

/** Content from the published revision `r` (public) or the working copy `c` (internal). */
function viewsQuery(scope: ClaimScope, ids: string[]): Prisma.Sql {
  const content = Prisma.raw(scope === "public" ? "r" : "c");
  const topics =
    scope === "public"
      ? Prisma.sql`FROM "RevisionTopic" l JOIN "Topic" t ON t."id" = l."topicId" WHERE l."revisionId" = r."id"`
      : Prisma.sql`FROM "ClaimTopic" l JOIN "Topic" t ON t."id" = l."topicId" WHERE l."claimId" = c."id"`;
  const revision =
    scope === "public"
      ? Prisma.sql`JOIN "ClaimRevision" r ON r."id" = c."publishedRevisionId"`
      : Prisma.empty;
  return Prisma.sql`
    SELECT c."id", c."editorialStatus"::text AS "editorialStatus",
      c."outcomeStatus"::text AS "outcomeStatus",
      c."publicOutcomeStatus"::text AS "publicOutcomeStatus", c."version",
      c."firstPublishedAt", c."retractedAt", c."correctionNote", c."updatedAt",
      ${scope === "public" ? Prisma.sql`r."number", r."createdAt"` : Prisma.sql`c."version" AS "number", c."updatedAt"`} AS "revisionCreatedAt",
      ${content}."statement", ${content}."isVerbatim", ${content}."claimantRole",
      ${content}."madeAt", ${content}."kind"::text AS "kind", ${content}."resolutionCriteria",
      ${content}."resolveBy",
      json_build_object('id', a."id", 'name', a."name", 'kind', a."kind",
        'affiliation', a."affiliation") AS "claimant",
      coalesce((SELECT json_agg(json_build_object('id', t."id", 'name', t."name",
        'slug', t."slug") ORDER BY t."name", t."id") ${topics}), '[]'::json) AS "topics"
    FROM "Claim" c ${revision}
    JOIN "Actor" a ON a."id" = ${content}."claimantId"
    WHERE c."id" = ANY (${ids}::uuid[])`;
}

/**
 * The claims with these ids, shaped for the reading (the published revision for the
 * public, the working copy for members), in the order of `ids`; ids of claims the reading
 * cannot see (never published, for the public) are left out. One SQL statement.
 */
export async function findClaimViews(scope: ClaimScope, ids: string[]): Promise<ClaimView[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>(viewsQuery(scope, ids));
  const byId = new Map(
    rows.map((row) => {
      const topics = row.topics.map((t) => ({ topic: t }));
      const claim = { ...row, topics };
      const view =
        scope === "public"
          ? publicClaimView(claim, { ...claim, createdAt: row.revisionCreatedAt })
          : internalClaimView(claim);
      return [row.id, view] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
