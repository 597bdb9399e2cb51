// createComment and the comment listing, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createComment } from "@/lib/comments/create-comment";
import { listCommentsForClaim } from "@/lib/comments/queries";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeUsers } from "@/test/support/factories";

const HOSTILE = "<script>alert(1)</script> & <b>bold</b>";
let users: Record<Role, SessionUser>;

beforeAll(async () => {
  users = await makeUsers();
});

describe("createComment: who may", () => {
  it("refuses an anonymous caller with UNAUTHORIZED", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await expectAppError(
      createComment.execute(null, { claimId: claim.id, body: "Hi" }),
      "UNAUTHORIZED",
    );
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it.each(["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const)(
    "lets a %s comment on any claim, even a draft, audited",
    async (role) => {
      const claim = await makeClaim(users.ANALYST.id);
      const result = await createComment.execute(users[role], {
        claimId: claim.id,
        body: "  Is the second source independent?  ",
      });
      expect(result).toMatchObject({
        claimId: claim.id,
        body: "Is the second source independent?",
        author: { id: users[role].id, name: users[role].name },
      });
      const audit = await db.auditEvent.findMany({
        where: { entityType: "Comment", entityId: result.id },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "comment.create", actorId: users[role].id });
    },
  );
});

describe("createComment: input", () => {
  it("refuses an empty or over-long body, naming the field", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const empty = await expectAppError(
      createComment.execute(users.VIEWER, { claimId: claim.id, body: "   " }),
      "INVALID",
    );
    expect(empty.fields?.body).toBe("Write a comment");
    const long = await expectAppError(
      createComment.execute(users.VIEWER, { claimId: claim.id, body: "x".repeat(5001) }),
      "INVALID",
    );
    expect(long.fields?.body).toMatch(/at most 5,000 characters/);
    await createComment.execute(users.VIEWER, { claimId: claim.id, body: "x".repeat(5000) });
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("answers NOT_FOUND for a claim that does not exist", async () => {
    await expectAppError(
      createComment.execute(users.VIEWER, {
        claimId: "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f",
        body: "Hello",
      }),
      "NOT_FOUND",
    );
  });

  it("stores the text as typed; markup stays text", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    const { id } = await createComment.execute(users.VIEWER, { claimId: claim.id, body: HOSTILE });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(HOSTILE);
  });
});

describe("listCommentsForClaim", () => {
  it("lists comments oldest first, with author and time, to members only", async () => {
    const claim = await makeClaim(users.ANALYST.id);
    await createComment.execute(users.VIEWER, { claimId: claim.id, body: "First" });
    await createComment.execute(users.EDITOR, { claimId: claim.id, body: "Second" });
    const comments = await listCommentsForClaim(users.VIEWER, claim.id);
    expect(comments.map((c) => [c.body, c.author.name])).toEqual([
      ["First", users.VIEWER.name],
      ["Second", users.EDITOR.name],
    ]);
    expect(comments[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expectAppError(listCommentsForClaim(null, claim.id), "UNAUTHORIZED");
  });

  it("answers NOT_FOUND for an unknown or malformed claim id", async () => {
    await expectAppError(listCommentsForClaim(users.VIEWER, "nope"), "NOT_FOUND");
    await expectAppError(
      listCommentsForClaim(users.VIEWER, "6f1d2c1e-8a1b-4c3d-9e8f-0a1b2c3d4e5f"),
      "NOT_FOUND",
    );
  });
});
