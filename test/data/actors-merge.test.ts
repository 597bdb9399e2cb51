// Merging a duplicate actor into the one that survives.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/lib/actors/create-actor";
import { mergeActors } from "@/lib/actors/merge-actors";
import { getActor, searchActors } from "@/lib/actors/queries";
import { ZActorSearch } from "@/lib/actors/schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { makeClaim } from "@/test/support/actors-factories";
import { expectAppError, makeUsers, tag } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});

async function actor(name: string, aliases: string[] = []) {
  const { id } = await createActor.execute(users.ANALYST, {
    name: `${name} ${tag()}`,
    kind: "PERSON",
    aliases,
  });
  return getActor(id);
}

describe("mergeActors", () => {
  it("refuses anonymous visitors, viewers and analysts", async () => {
    const a = await actor("A");
    const b = await actor("B");
    await expectAppError(mergeActors.execute(null, { id: a.id, intoId: b.id }), "UNAUTHORIZED");
    await expectAppError(
      mergeActors.execute(users.VIEWER, { id: a.id, intoId: b.id }),
      "FORBIDDEN",
    );
    await expectAppError(
      mergeActors.execute(users.ANALYST, { id: a.id, intoId: b.id }),
      "FORBIDDEN",
    );
    expect((await getActor(a.id)).mergedIntoId).toBeNull();
  });

  it.each(["EDITOR", "ADMIN"] as const)(
    "lets a %s move claims, revisions, name and aliases to the survivor, audited",
    async (role) => {
      const loser = await actor("Rustam Umarov", ["R. Umarov"]);
      const survivor = await actor("Rustem Umerov", ["Umerov"]);
      const claimA = await makeClaim(users.ANALYST, loser.id);
      const claimB = await makeClaim(users.ANALYST, loser.id);
      // A second revision of claim A, so more than one revision per claim moves.
      await updateClaim.execute(users.ANALYST, {
        id: claimA,
        version: 1,
        claimantRole: "Minister",
      });
      const untouched = await makeClaim(users.ANALYST, survivor.id);

      const result = await mergeActors.execute(users[role], { id: loser.id, intoId: survivor.id });
      expect(result).toEqual({
        id: loser.id,
        intoId: survivor.id,
        claimsMoved: 2,
        revisionsMoved: 3,
      });

      const claims = await db.claim.findMany({
        where: { id: { in: [claimA, claimB, untouched] } },
      });
      expect(claims.every((c) => c.claimantId === survivor.id)).toBe(true);
      expect(await db.claimRevision.count({ where: { claimantId: loser.id } })).toBe(0);
      expect(await db.claimRevision.count({ where: { claimantId: survivor.id } })).toBe(4);

      const after = await getActor(survivor.id);
      expect(after.aliases.map((a) => a.alias).sort()).toEqual(
        [loser.name, "R. Umarov", "Umerov"].sort(),
      );
      const kept = await getActor(loser.id);
      expect(kept.mergedIntoId).toBe(survivor.id);
      expect(kept.name).toBe(loser.name);

      // The loser's spelling now finds the survivor, and only the survivor.
      const found = await searchActors(ZActorSearch.parse({ q: loser.name }));
      expect(found.items.map((a) => a.id)).toEqual([survivor.id]);

      const events = await db.auditEvent.findMany({
        where: { action: "actor.merge", actorId: users[role].id },
      });
      expect(events.map((e) => `${e.entityType}:${e.entityId}`).sort()).toEqual(
        [`Actor:${loser.id}`, `Actor:${survivor.id}`, `Claim:${claimA}`, `Claim:${claimB}`].sort(),
      );
      const claimEvent = events.find((e) => e.entityId === claimA);
      expect(claimEvent?.before).toEqual({ claimantId: loser.id });
      expect(claimEvent?.after).toEqual({ claimantId: survivor.id });
    },
  );

  it("refuses to merge an actor into itself", async () => {
    const a = await actor("Self");
    const error = await expectAppError(
      mergeActors.execute(users.EDITOR, { id: a.id, intoId: a.id }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("intoId");
    expect((await getActor(a.id)).mergedIntoId).toBeNull();
  });

  it("refuses to merge into, or merge again, an actor already merged", async () => {
    const a = await actor("First");
    const b = await actor("Second");
    const c = await actor("Third");
    const claim = await makeClaim(users.ANALYST, c.id);
    await mergeActors.execute(users.EDITOR, { id: a.id, intoId: b.id });

    const into = await expectAppError(
      mergeActors.execute(users.EDITOR, { id: c.id, intoId: a.id }),
      "CONFLICT",
    );
    expect(into.fields).toHaveProperty("intoId");
    const again = await expectAppError(
      mergeActors.execute(users.EDITOR, { id: a.id, intoId: c.id }),
      "CONFLICT",
    );
    expect(again.fields).toHaveProperty("id");
    // Nothing moved: the refused merges left the claim and the actors as they were.
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim } })).claimantId).toBe(c.id);
    expect((await getActor(c.id)).mergedIntoId).toBeNull();
    expect((await getActor(a.id)).mergedIntoId).toBe(b.id);
  });

  it("points earlier merges at the new survivor, so there are no chains", async () => {
    const a = await actor("Oldest");
    const b = await actor("Middle");
    const c = await actor("Newest");
    await mergeActors.execute(users.EDITOR, { id: a.id, intoId: b.id });
    await mergeActors.execute(users.ADMIN, { id: b.id, intoId: c.id });
    expect((await getActor(a.id)).mergedIntoId).toBe(c.id);
    expect((await getActor(b.id)).mergedIntoId).toBe(c.id);
  });

  it("answers NOT_FOUND for an unknown actor and names an unknown survivor", async () => {
    const a = await actor("Lonely");
    await expectAppError(
      mergeActors.execute(users.EDITOR, { id: crypto.randomUUID(), intoId: a.id }),
      "NOT_FOUND",
    );
    const error = await expectAppError(
      mergeActors.execute(users.EDITOR, { id: a.id, intoId: crypto.randomUUID() }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("intoId");
  });

  it("lets only one of two opposite merges of the same pair win", async () => {
    const a = await actor("Left");
    const b = await actor("Right");
    const results = await Promise.allSettled([
      mergeActors.execute(users.EDITOR, { id: a.id, intoId: b.id }),
      mergeActors.execute(users.ADMIN, { id: b.id, intoId: a.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const merged = [await getActor(a.id), await getActor(b.id)].filter((x) => x.mergedIntoId);
    expect(merged).toHaveLength(1);
  });
});
