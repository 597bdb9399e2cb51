// createClaim and updateClaim through the guarded mutation path, against a real database.
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
  makeActor,
  makeTopic,
  makeUser,
  publishCurrentRevision,
} from "@/test/support/factories";

const HOSTILE = "<script>alert(1)</script>";
const UNKNOWN_UUID = "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f";

let users: Record<Role, SessionUser>;
let claimantId: string;

beforeAll(async () => {
  users = {
    VIEWER: await makeUser("VIEWER"),
    ANALYST: await makeUser("ANALYST"),
    EDITOR: await makeUser("EDITOR"),
    ADMIN: await makeUser("ADMIN"),
  };
  claimantId = (await makeActor("Oleksandr Kubrakov")).id;
});

/** Everything a claim write could leave behind, to prove a refused write left nothing. */
async function snapshotCounts() {
  const [claims, revisions, audits, claimTopics] = await Promise.all([
    db.claim.count(),
    db.claimRevision.count(),
    db.auditEvent.count(),
    db.claimTopic.count(),
  ]);
  return { claims, revisions, audits, claimTopics };
}

async function create(user: SessionUser = users.ANALYST, overrides = {}) {
  return createClaim.execute(user, claimInput(claimantId, overrides));
}

describe("createClaim", () => {
  it("refuses an anonymous caller with UNAUTHORIZED, whatever the input", async () => {
    const before = await snapshotCounts();
    await expectAppError(createClaim.execute(null, claimInput(claimantId)), "UNAUTHORIZED");
    await expectAppError(createClaim.execute(null, {}), "UNAUTHORIZED");
    expect(await snapshotCounts()).toEqual(before);
  });

  it("refuses a VIEWER with FORBIDDEN, before looking at the input", async () => {
    const before = await snapshotCounts();
    await expectAppError(createClaim.execute(users.VIEWER, claimInput(claimantId)), "FORBIDDEN");
    const invalidInput = await expectAppError(
      createClaim.execute(users.VIEWER, { statement: "x".repeat(5000), claimantId: "nope" }),
      "FORBIDDEN",
    );
    expect(invalidInput.fields).toBeUndefined();
    expect(await snapshotCounts()).toEqual(before);
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets an %s create a draft", async (role) => {
    const input = claimInput(claimantId);
    const result = await createClaim.execute(users[role], input);
    expect(result.version).toBe(1);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.id } });
    expect(claim).toMatchObject({
      statement: input.statement,
      editorialStatus: "DRAFT",
      createdById: users[role].id,
      publishedRevisionId: null,
    });
  });

  it("writes the claim, revision 1 and an audit event in one transaction", async () => {
    const topic = await makeTopic();
    const input = claimInput(claimantId, { topicIds: [topic.id, topic.id] });
    const { id } = await createClaim.execute(users.ANALYST, input);

    const claim = await db.claim.findUniqueOrThrow({ where: { id }, include: { topics: true } });
    expect(claim).toMatchObject({
      statement: input.statement,
      isVerbatim: true,
      claimantId,
      claimantRole: "Minister of transport",
      kind: "PROMISE",
      version: 1,
      outcomeStatus: "PENDING",
    });
    expect(claim.madeAt.toISOString()).toBe("2025-12-15T00:00:00.000Z");
    expect(claim.resolveBy?.toISOString()).toBe("2026-03-20T00:00:00.000Z");
    expect(claim.topics.map((t) => t.topicId)).toEqual([topic.id]);

    const revisions = await db.claimRevision.findMany({
      where: { claimId: id },
      include: { topics: true },
    });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      number: 1,
      statement: input.statement,
      authorId: users.ANALYST.id,
      claimantId,
    });
    expect(revisions[0]?.topics.map((t) => t.topicId)).toEqual([topic.id]);

    const events = await db.auditEvent.findMany({ where: { entityType: "Claim", entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "claim.create", actorId: users.ANALYST.id });
    expect(events[0]?.after).toMatchObject({ statement: input.statement, claimantId });

    // Rows inserted by one transaction carry its transaction id in xmin.
    const xmins = await db.$queryRaw<{ xmin: string }[]>`
      SELECT xmin::text AS xmin FROM "Claim" WHERE id = ${id}::uuid
      UNION ALL SELECT xmin::text FROM "ClaimRevision" WHERE "claimId" = ${id}::uuid
      UNION ALL SELECT xmin::text FROM "AuditEvent" WHERE "entityId" = ${id}`;
    expect(xmins).toHaveLength(3);
    expect(new Set(xmins.map((x) => x.xmin)).size).toBe(1);
  });

  it("refuses invalid input with INVALID, naming each field, and writes nothing", async () => {
    const before = await snapshotCounts();

    const tooLong = await expectAppError(
      create(users.ANALYST, { statement: "a".repeat(2001) }),
      "INVALID",
    );
    expect(Object.keys(tooLong.fields ?? {})).toEqual(["statement"]);
    expect(tooLong.fields?.statement).toMatch(/at most 2,000 characters/);

    const several = await expectAppError(
      createClaim.execute(users.ANALYST, {
        statement: "   ",
        claimantId: "not-a-uuid",
        madeAt: "15/12/2025",
        kind: "RUMOUR",
      }),
      "INVALID",
    );
    expect(Object.keys(several.fields ?? {}).sort()).toEqual([
      "claimantId",
      "kind",
      "madeAt",
      "statement",
    ]);

    const unknownActor = await expectAppError(
      create(users.ANALYST, { claimantId: UNKNOWN_UUID }),
      "INVALID",
    );
    expect(unknownActor.fields).toEqual({ claimantId: "Choose an existing actor" });

    const unknownTopic = await expectAppError(
      create(users.ANALYST, { topicIds: [UNKNOWN_UUID] }),
      "INVALID",
    );
    expect(Object.keys(unknownTopic.fields ?? {})).toEqual(["topicIds"]);

    const backwards = await expectAppError(
      create(users.ANALYST, { madeAt: "2025-12-15", resolveBy: "2025-12-14" }),
      "INVALID",
    );
    expect(Object.keys(backwards.fields ?? {})).toEqual(["resolveBy"]);

    // 2,000 characters exactly is allowed.
    await expect(create(users.ANALYST, { statement: "a".repeat(2000) })).resolves.toMatchObject({
      version: 1,
    });
    const after = await snapshotCounts();
    expect(after).toEqual({
      claims: before.claims + 1,
      revisions: before.revisions + 1,
      audits: before.audits + 1,
      claimTopics: before.claimTopics,
    });
  });

  it("rolls back the claim and its revision when the audit event cannot be written", async () => {
    const statement = "This claim's audit event will be refused by the database.";
    // A real failure inside the transaction, after the claim and revision were inserted.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_test_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit refused for the test'; END; $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_test_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW
      WHEN (NEW."after"->>'statement' = '${statement.replaceAll("'", "''")}')
      EXECUTE FUNCTION refuse_test_audit()`);
    try {
      const before = await snapshotCounts();
      await expect(create(users.ANALYST, { statement })).rejects.toThrow(/audit refused/);
      expect(await snapshotCounts()).toEqual(before);
      expect(await db.claim.count({ where: { statement } })).toBe(0);
      expect(await db.claimRevision.count({ where: { statement } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_test_audit ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_test_audit()`);
    }
  });

  it("stores hostile text verbatim", async () => {
    const { id } = await create(users.ANALYST, {
      statement: HOSTILE,
      claimantRole: `"Minister" & <b>co</b>`,
      resolutionCriteria: `'; DROP TABLE "Claim"; --`,
    });
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.statement).toBe(HOSTILE);
    expect(claim.claimantRole).toBe(`"Minister" & <b>co</b>`);
    expect(claim.resolutionCriteria).toBe(`'; DROP TABLE "Claim"; --`);
    const revision = await db.claimRevision.findFirstOrThrow({ where: { claimId: id } });
    expect(revision.statement).toBe(HOSTILE);
    expect((await getClaim(users.VIEWER, id, "internal")).statement).toBe(HOSTILE);
  });
});

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
    expect(result).toEqual({ id, version: 2 });
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

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { id } = await create();
    await updateClaim.execute(users.ANALYST, { id, version: 1, statement: "First edit" });
    const before = await snapshotCounts();
    const claimBefore = await db.claim.findUniqueOrThrow({ where: { id } });

    const conflict = await expectAppError(
      updateClaim.execute(users.EDITOR, { id, version: 1, statement: "Edit from a stale page" }),
      "CONFLICT",
    );
    expect(conflict.message).toBe(CONFLICT_MESSAGE);
    expect(conflict.details).toEqual({ currentVersion: 2 });

    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toEqual(claimBefore);
    expect(await snapshotCounts()).toEqual(before);
    expect(await db.claimRevision.count({ where: { claimId: id } })).toBe(2);
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const { id } = await create();
    const results = await Promise.allSettled([
      updateClaim.execute(users.ANALYST, { id, version: 1, statement: "Save A" }),
      updateClaim.execute(users.EDITOR, { id, version: 1, statement: "Save B" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.status === "rejected" && (lost[0].reason as { code?: string }).code).toBe(
      "CONFLICT",
    );
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.version).toBe(2);
    const revisions = await db.claimRevision.findMany({ where: { claimId: id } });
    expect(revisions.map((r) => r.number).sort()).toEqual([1, 2]);
    expect(revisions.find((r) => r.number === 2)?.statement).toBe(claim.statement);
  });

  it("bumps the version, writes revision 2 and an audit event with before and after", async () => {
    const { id } = await create(users.ANALYST, { statement: "The bridge will open by spring." });
    const result = await updateClaim.execute(users.EDITOR, {
      id,
      version: 1,
      statement: "The bridge will open in summer.",
      kind: "PREDICTION",
    });
    expect(result).toEqual({ id, version: 2 });

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
