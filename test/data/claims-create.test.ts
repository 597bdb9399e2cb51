// createClaim through the guarded mutation path, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { getClaim } from "@/lib/claims/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { claimInput, expectAppError, makeTopic } from "@/test/support/factories";
import { makeClaimFixtures, snapshotCounts, UNKNOWN_UUID } from "@/test/support/claims-fixtures";

const HOSTILE = "<script>alert(1)</script>";

let users: Record<Role, SessionUser>;
let claimantId: string;

beforeAll(async () => {
  ({ users, claimantId } = await makeClaimFixtures());
});

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
