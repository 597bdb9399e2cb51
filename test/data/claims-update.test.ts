// updateClaim through the guarded mutation path, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createClaim } from "@/lib/claims/create-claim";
import { CONFLICT_MESSAGE, updateClaim } from "@/lib/claims/update-claim";
import { getClaim } from "@/lib/claims/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  claimInput,
  expectAppError,
  makeTopic,
  publishCurrentRevision,
} from "@/test/support/factories";
import { makeClaimFixtures, snapshotCounts, UNKNOWN_UUID } from "@/test/support/claims-fixtures";

let users: Record<Role, SessionUser>;
let claimantId: string;

beforeAll(async () => {
  ({ users, claimantId } = await makeClaimFixtures());
});

async function create(user: SessionUser = users.ANALYST, overrides = {}) {
  return createClaim.execute(user, claimInput(claimantId, overrides));
}

describe("updateClaim", () => {
  it("refuses an anonymous caller with UNAUTHORIZED and a VIEWER with FORBIDDEN, even for invalid input", async () => {
    const { id, version } = await create();
    await expectAppError(
      updateClaim.execute(null, { id, version, statement: "New" }),
      "UNAUTHORIZED",
    );
    await expectAppError(updateClaim.execute(null, { id: "x" }), "UNAUTHORIZED");
    await expectAppError(
      updateClaim.execute(users.VIEWER, { id, version, statement: "New" }),
      "FORBIDDEN",
    );
    const invalidInput = await expectAppError(
      updateClaim.execute(users.VIEWER, { id: "x", version: -1, statement: "a".repeat(3000) }),
      "FORBIDDEN",
    );
    expect(invalidInput.fields).toBeUndefined();
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.version).toBe(1);
    expect(await db.claimRevision.count({ where: { claimId: id } })).toBe(1);
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets an %s save a change", async (role) => {
    const { id, version } = await create();
    const result = await updateClaim.execute(users[role], {
      id,
      version,
      statement: `Changed by ${role}`,
    });
    expect(result).toEqual({ id, version: 2, merged: [] });
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.statement).toBe(`Changed by ${role}`);
    const revision = await db.claimRevision.findUniqueOrThrow({
      where: { claimId_number: { claimId: id, number: 2 } },
    });
    expect(revision.authorId).toBe(users[role].id);
  });

  it("refuses invalid changes with INVALID, naming the field", async () => {
    const { id, version } = await create();
    const tooLong = await expectAppError(
      updateClaim.execute(users.ANALYST, { id, version, statement: "b".repeat(2001) }),
      "INVALID",
    );
    expect(Object.keys(tooLong.fields ?? {})).toEqual(["statement"]);
    const unknownActor = await expectAppError(
      updateClaim.execute(users.ANALYST, { id, version, claimantId: UNKNOWN_UUID }),
      "INVALID",
    );
    expect(unknownActor.fields).toEqual({ claimantId: "Choose an existing actor" });
    const noVersion = await expectAppError(updateClaim.execute(users.ANALYST, { id }), "INVALID");
    expect(Object.keys(noVersion.fields ?? {})).toEqual(["version"]);
    // resolveBy before the stored madeAt (2025-12-15) only shows against the current record.
    const backwards = await expectAppError(
      updateClaim.execute(users.ANALYST, { id, version, resolveBy: "2025-01-01" }),
      "INVALID",
    );
    expect(Object.keys(backwards.fields ?? {})).toEqual(["resolveBy"]);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("refuses an unknown claim with NOT_FOUND", async () => {
    await expectAppError(
      updateClaim.execute(users.ANALYST, { id: UNKNOWN_UUID, version: 1, statement: "x" }),
      "NOT_FOUND",
    );
  });

  it("refuses a stale save that clashes with a newer one with CONFLICT and changes nothing", async () => {
    const { id } = await create();
    await updateClaim.execute(users.ANALYST, { id, version: 1, statement: "First edit" });
    const before = await snapshotCounts();
    const claimBefore = await db.claim.findUniqueOrThrow({ where: { id } });

    const conflict = await expectAppError(
      updateClaim.execute(users.EDITOR, {
        id,
        version: 1,
        statement: "Edit from a stale page",
        claimantRole: "Spokesperson",
      }),
      "CONFLICT",
    );
    expect(conflict.message).toBe(CONFLICT_MESSAGE);
    expect(conflict.details).toMatchObject({
      currentVersion: 2,
      conflicts: [{ field: "statement", theirs: "First edit", mine: "Edit from a stale page" }],
      // The merge to continue from: theirs in the clash, my other change applied.
      merged: { statement: "First edit", claimantRole: "Spokesperson" },
    });

    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toEqual(claimBefore);
    expect(await snapshotCounts()).toEqual(before);
    expect(await db.claimRevision.count({ where: { claimId: id } })).toBe(2);
  });

  it("merges a stale save that changes other fields, keeping the newer save's changes", async () => {
    const { id } = await create();
    await updateClaim.execute(users.ANALYST, { id, version: 1, claimantRole: "Defense minister" });
    const result = await updateClaim.execute(users.EDITOR, {
      ...claimInput(claimantId),
      id,
      version: 1,
      statement: (await db.claim.findUniqueOrThrow({ where: { id } })).statement,
      resolutionCriteria: "Holds if the bridge carries traffic.",
    });
    expect(result).toEqual({ id, version: 3, merged: ["claimantRole"] });
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.claimantRole).toBe("Defense minister");
    expect(claim.resolutionCriteria).toBe("Holds if the bridge carries traffic.");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "claim.update", actorId: users.EDITOR.id },
    });
    expect(event.after).toMatchObject({
      mergedFrom: { base: 1, theirs: 2, theirFields: ["claimantRole"] },
    });
  });

  it("bumps the version, writes revision 2 and an audit event with before and after", async () => {
    const { id } = await create(users.ANALYST, { statement: "The bridge will open by spring." });
    const result = await updateClaim.execute(users.EDITOR, {
      id,
      version: 1,
      statement: "The bridge will open in summer.",
      kind: "PREDICTION",
    });
    expect(result).toEqual({ id, version: 2, merged: [] });

    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({
      version: 2,
      statement: "The bridge will open in summer.",
      kind: "PREDICTION",
      // Fields the change does not name keep their values.
      claimantRole: "Minister of transport",
      resolutionCriteria: "Holds if the bridge opens to traffic by 2026-03-20.",
      claimantId,
    });
    expect(claim.resolveBy?.toISOString()).toBe("2026-03-20T00:00:00.000Z");
    const revisions = await db.claimRevision.findMany({
      where: { claimId: id },
      orderBy: { number: "asc" },
    });
    expect(revisions.map((r) => [r.number, r.statement, r.kind])).toEqual([
      [1, "The bridge will open by spring.", "PROMISE"],
      [2, "The bridge will open in summer.", "PREDICTION"],
    ]);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "claim.update" },
    });
    expect(event.actorId).toBe(users.EDITOR.id);
    expect(event.before).toMatchObject({
      version: 1,
      statement: "The bridge will open by spring.",
    });
    expect(event.after).toMatchObject({ statement: "The bridge will open in summer." });
  });

  it("replaces the topics when the change names them, and keeps them when it does not", async () => {
    const [oldTopic, newTopic] = [await makeTopic(), await makeTopic()];
    const { id } = await create(users.ANALYST, { topicIds: [oldTopic.id] });
    await updateClaim.execute(users.ANALYST, { id, version: 1, statement: "Topics kept." });
    await updateClaim.execute(users.ANALYST, { id, version: 2, topicIds: [newTopic.id] });

    const claimTopics = await db.claimTopic.findMany({ where: { claimId: id } });
    expect(claimTopics.map((t) => t.topicId)).toEqual([newTopic.id]);
    const revisions = await db.claimRevision.findMany({
      where: { claimId: id },
      orderBy: { number: "asc" },
      include: { topics: true },
    });
    expect(revisions.map((r) => [r.number, r.topics.map((t) => t.topicId)])).toEqual([
      [1, [oldTopic.id]],
      [2, [oldTopic.id]],
      [3, [newTopic.id]],
    ]);
    expect(revisions[2]?.statement).toBe("Topics kept.");
  });

  it("keeps showing the published revision to the public until the change is approved", async () => {
    const { id } = await create(users.ANALYST, { statement: "Published wording." });
    await publishCurrentRevision(id);
    expect((await getClaim(null, id)).statement).toBe("Published wording.");

    await updateClaim.execute(users.ANALYST, { id, version: 1, statement: "Draft rewording." });

    const publicView = await getClaim(null, id);
    expect(publicView).toMatchObject({
      statement: "Published wording.",
      revision: 1,
      editorialStatus: "PUBLISHED",
    });
    expect(publicView.version).toBeUndefined();
    const internalView = await getClaim(users.VIEWER, id, "internal");
    expect(internalView).toMatchObject({ statement: "Draft rewording.", revision: 2, version: 2 });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id },
      include: { publishedRevision: true },
    });
    expect(claim.publishedRevision?.number).toBe(1);
  });

  it("refuses to change a retracted claim", async () => {
    const { id } = await create();
    await publishCurrentRevision(id);
    await db.claim.update({
      where: { id },
      data: { editorialStatus: "RETRACTED", retractedAt: new Date() },
    });
    const revisionsBefore = await db.claimRevision.count({ where: { claimId: id } });
    // The refusal is a typed error the user sees; its code is the UI's business, not ours.
    await expect(
      updateClaim.execute(users.EDITOR, { id, version: 1, statement: "Quietly fixed" }),
    ).rejects.toSatisfy(
      (e) => e instanceof AppError && e.message === "A retracted claim can no longer be changed.",
    );
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ version: 1, editorialStatus: "RETRACTED" });
    expect(claim.statement).not.toBe("Quietly fixed");
    expect(await db.claimRevision.count({ where: { claimId: id } })).toBe(revisionsBefore);
  });
});
