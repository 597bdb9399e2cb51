// Factories for the outcome, forecast, comment and dashboard data tests: real rows in the
// test file's own database, with unique values so tests in one file never collide.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishCurrentRevision, tag as unique } from "@/test/support/factories";

/**
 * A claim written straight to the database (claim creation is not under test here), with
 * its first revision; `published` also makes that revision the public one.
 */
export async function makeClaim(
  createdById: string,
  options: { published?: boolean; data?: Partial<Prisma.ClaimUncheckedCreateInput> } = {},
) {
  const actor = await db.actor.create({ data: { name: `Actor ${unique()}`, kind: "PERSON" } });
  const content = {
    statement: `The bridge will open by spring (${unique()}).`,
    isVerbatim: true,
    claimantId: actor.id,
    madeAt: new Date("2025-12-15T00:00:00Z"),
    kind: "PREDICTION" as const,
    resolveBy: new Date("2026-03-20T00:00:00Z"),
  };
  const claim = await db.claim.create({ data: { ...content, createdById, ...options.data } });
  await db.claimRevision.create({
    data: { ...content, claimId: claim.id, number: 1, authorId: createdById },
  });
  if (!options.published) return claim;
  await publishCurrentRevision(claim.id);
  return db.claim.findUniqueOrThrow({ where: { id: claim.id } });
}
