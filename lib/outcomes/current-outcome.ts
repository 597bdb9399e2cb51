import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimScope } from "@/lib/claims/visibility";
import { RESOLVED_OUTCOMES } from "@/lib/outcomes/resolved";

// Which entry of a claim's outcome timeline is its current outcome. One rule for the working
// outcome (`Claim.outcomeStatus`, every entry) and the public one (`Claim.publicOutcomeStatus`,
// approved entries only), so the two can differ only by what is still waiting for review:
//
// 1. Entries that another entry corrects are left out (in the public reading, only an
//    approved correction counts; a correction may also fix the date of the mistake).
// 2. The latest remaining entry by the date it happened (`occurredAt`) is current.
// 3. Entries dated the same day are ordered by approval (`publishedAt`); in the working
//    reading an entry still in review comes after every approved one (it will be approved
//    later, if at all). Entries approved together are ordered by when they were recorded.

type Client = Db | Tx;

export interface CurrentOutcomeEntry {
  id: string;
  status: OutcomeStatus;
  occurredAt: Date;
  note: string;
  publishedAt: Date | null;
}

function remainingEntries(claimId: string, scope: ClaimScope): Prisma.OutcomeUpdateWhereInput {
  return scope === "public"
    ? {
        claimId,
        publishedAt: { not: null },
        correctedBy: { none: { publishedAt: { not: null } } },
      }
    : { claimId, correctedBy: { none: {} } };
}

/** The entry that gives the claim its current outcome in `scope`, or null (then PENDING). */
export async function findCurrentOutcome(
  client: Client,
  claimId: string,
  scope: ClaimScope,
): Promise<CurrentOutcomeEntry | null> {
  return client.outcomeUpdate.findFirst({
    where: remainingEntries(claimId, scope),
    orderBy: [
      { occurredAt: "desc" },
      { publishedAt: { sort: "desc", nulls: "first" } },
      { createdAt: "desc" },
      { id: "desc" },
    ],
    select: { id: true, status: true, occurredAt: true, note: true, publishedAt: true },
  });
}

/** The claim's current outcome status in `scope`: PENDING while the timeline is empty. */
export async function currentOutcomeStatus(
  client: Client,
  claimId: string,
  scope: ClaimScope,
): Promise<OutcomeStatus> {
  return (await findCurrentOutcome(client, claimId, scope))?.status ?? "PENDING";
}

/**
 * The date the claim was first settled in `scope`: the earliest `occurredAt` of an entry
 * with a resolved status (HELD, PARTIALLY_HELD, NOT_HELD, UNRESOLVABLE) that no entry
 * corrects, by rule 1 above. Null when no such entry exists. Forecasts made after it are
 * made after the fact (lib/forecasts/after-the-fact.ts).
 */
export async function findResolvedOn(
  client: Client,
  claimId: string,
  scope: ClaimScope,
): Promise<Date | null> {
  const first = await client.outcomeUpdate.findFirst({
    where: { ...remainingEntries(claimId, scope), status: { in: [...RESOLVED_OUTCOMES] } },
    orderBy: [{ occurredAt: "asc" }],
    select: { occurredAt: true },
  });
  return first?.occurredAt ?? null;
}
