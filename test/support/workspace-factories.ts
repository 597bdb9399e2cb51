// Factories for the outcome, forecast, comment and dashboard data tests: real rows in the
// test file's own database, with unique values so tests in one file never collide.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/test/support/factories";

const unique = () => randomUUID().slice(0, 8);

/** A member with the given role (and name), made by factories.ts's makeUser. */
export async function makeMember(role: Role, name?: string): Promise<SessionUser> {
  return makeUser(role, name === undefined ? {} : { name });
}

export { expectAppError, makeSource, makeUsers as makeMembers } from "@/test/support/factories";

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
  const revision = await db.claimRevision.create({
    data: { ...content, claimId: claim.id, number: 1, authorId: createdById },
  });
  if (!options.published) return claim;
  return db.claim.update({
    where: { id: claim.id },
    data: {
      editorialStatus: "PUBLISHED",
      publishedRevisionId: revision.id,
      firstPublishedAt: new Date(),
    },
  });
}
