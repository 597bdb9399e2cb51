// An actor's page lists the claims the reader may see, with counts by outcome.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/lib/actors/create-actor";
import { getActorTrackRecord } from "@/lib/actors/track-record";
import { updateClaim } from "@/lib/claims/update-claim";
import { makeClaim } from "@/test/support/actors-factories";
import { expectAppError, makeUsers, publishCurrentRevision } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
let actorId: string;
let otherId: string;
const claims = { published: "", held: "", draft: "", movedAway: "", movedHere: "" };

beforeAll(async () => {
  users = await makeUsers();
  const make = async (name: string) =>
    (await createActor.execute(users.ANALYST, { name, kind: "PERSON" })).id;
  actorId = await make("Rustem Umerov");
  otherId = await make("Someone else");

  claims.published = await makeClaim(users.ANALYST, actorId);
  await publishCurrentRevision(claims.published);
  claims.held = await makeClaim(users.ANALYST, actorId);
  await db.claim.update({ where: { id: claims.held }, data: { outcomeStatus: "HELD" } });
  await publishCurrentRevision(claims.held);
  // An outcome recorded after publication and not yet approved: members see it, the public not.
  await db.claim.update({ where: { id: claims.held }, data: { outcomeStatus: "NOT_HELD" } });
  claims.draft = await makeClaim(users.ANALYST, actorId);

  // Published under this actor, then edited to another claimant: the edit is still in review.
  claims.movedAway = await makeClaim(users.ANALYST, actorId);
  await publishCurrentRevision(claims.movedAway);
  await updateClaim.execute(users.ANALYST, {
    id: claims.movedAway,
    version: 1,
    claimantId: otherId,
  });
  // And the reverse: published under someone else, edited to this actor.
  claims.movedHere = await makeClaim(users.ANALYST, otherId);
  await publishCurrentRevision(claims.movedHere);
  await updateClaim.execute(users.ANALYST, {
    id: claims.movedHere,
    version: 1,
    claimantId: actorId,
  });
});

const ids = (r: { items: { id: string }[] }) => r.items.map((c) => c.id).sort();

describe("getActorTrackRecord", () => {
  it("shows the public only published claims, by their published claimant and outcome", async () => {
    const record = await getActorTrackRecord(null, actorId);
    expect(record.scope).toBe("public");
    expect(ids(record)).toEqual([claims.published, claims.held, claims.movedAway].sort());
    expect(record.total).toBe(3);
    expect(record.items.every((c) => c.editorialStatus === "PUBLISHED")).toBe(true);
    expect(record.items.find((c) => c.id === claims.held)?.outcomeStatus).toBe("HELD");
    expect(record.counts.sort((a, b) => a.outcome.localeCompare(b.outcome))).toEqual([
      { outcome: "HELD", count: 1 },
      { outcome: "PENDING", count: 2 },
    ]);
  });

  it("does not let a member's wish for the internal reading reach the public", async () => {
    await expectAppError(getActorTrackRecord(null, actorId, { scope: "internal" }), "UNAUTHORIZED");
  });

  it.each(["VIEWER", "ANALYST", "EDITOR"] as const)(
    "shows a %s every claim, by the working copy and its latest outcome",
    async (role) => {
      const record = await getActorTrackRecord(users[role], actorId, { scope: "internal" });
      expect(record.scope).toBe("internal");
      expect(ids(record)).toEqual(
        [claims.published, claims.held, claims.draft, claims.movedHere].sort(),
      );
      expect(record.counts.sort((a, b) => a.outcome.localeCompare(b.outcome))).toEqual([
        { outcome: "NOT_HELD", count: 1 },
        { outcome: "PENDING", count: 3 },
      ]);
    },
  );

  it("is empty for an actor without visible claims", async () => {
    const { id } = await createActor.execute(users.ANALYST, { name: "Nobody", kind: "PERSON" });
    expect(await getActorTrackRecord(null, id)).toMatchObject({ items: [], total: 0, counts: [] });
  });
});
