import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveClaimScope } from "@/lib/claims/visibility";
import { forbidden } from "@/lib/errors";
import { isoDate } from "@/lib/forms/fields";
import { RESOLVED_OUTCOMES } from "@/lib/outcomes/resolved";
import { estimativeWord } from "@/lib/scales";
import { readKeysetPage, seekSql } from "@/lib/paging/keyset-page";
import { DASHBOARD_PAGE_SIZE, type DashboardListOptions } from "@/lib/dashboard/dashboard-claims";

interface Row {
  id: string;
  probability: number;
  createdAt: Date;
  claimId: string;
  statement: string;
  isVerbatim: boolean;
  kind: ClaimKind;
  resolveBy: Date | null;
  outcomeStatus: OutcomeStatus;
}

/** The author's current forecasts (their latest on each claim) on open claims, as SQL. */
function openForecasts(authorId: string): Prisma.Sql {
  return Prisma.sql`
    FROM "Forecast" f JOIN "Claim" c ON c."id" = f."claimId"
    WHERE f."authorId" = ${authorId}::uuid
      AND c."outcomeStatus"::text <> ALL (${[...RESOLVED_OUTCOMES]}::text[])
      AND c."editorialStatus" <> 'RETRACTED'
      AND NOT EXISTS (SELECT 1 FROM "Forecast" later
        WHERE later."claimId" = f."claimId" AND later."authorId" = f."authorId"
          AND (later."createdAt", later."id") > (f."createdAt", f."id"))`;
}

/**
 * The user's current forecast (their latest) on every claim that has not resolved yet,
 * most recently updated first (ties by id), one keyset page; walks the index on
 * (authorId, createdAt, id) (migration 20261201061000_dashboard_list_orders).
 * Errors: UNAUTHORIZED / FORBIDDEN for non-members, INVALID (field `cursor`).
 */
export async function listMyOpenForecasts(user: SessionUser, options: DashboardListOptions = {}) {
  const scope = resolveClaimScope(user, "internal");
  if (scope !== "internal") throw forbidden();
  const page = await readKeysetPage<Row>({
    cursor: options.cursor,
    pageSize: options.pageSize ?? DASHBOARD_PAGE_SIZE,
    rows: (after, take) =>
      db.$queryRaw<Row[]>(Prisma.sql`
        SELECT f."id", f."probability", f."createdAt", c."id" AS "claimId", c."statement",
          c."isVerbatim", c."kind"::text AS "kind", c."resolveBy",
          c."outcomeStatus"::text AS "outcomeStatus"
        ${openForecasts(user.id)}
          AND ${seekSql(Prisma.raw(`f."createdAt"`), Prisma.raw(`f."id"`), "desc", after)}
        ORDER BY f."createdAt" DESC, f."id" DESC
        LIMIT ${take}`),
    count: async (cap) => {
      const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
        SELECT count(*)::int AS n FROM (SELECT 1 ${openForecasts(user.id)} LIMIT ${cap}) m`);
      return row?.n ?? 0;
    },
    key: (row) => ({ at: row.createdAt, id: row.id }),
  });
  return {
    ...page,
    items: page.items.map((f) => ({
      id: f.id,
      probability: f.probability,
      word: estimativeWord(f.probability),
      createdAt: f.createdAt.toISOString(),
      claim: {
        id: f.claimId,
        statement: f.statement,
        isVerbatim: f.isVerbatim,
        kind: f.kind,
        resolveBy: isoDate(f.resolveBy),
        outcomeStatus: f.outcomeStatus,
      },
    })),
  };
}

export type OpenForecastView = Awaited<ReturnType<typeof listMyOpenForecasts>>["items"][number];
