import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { getClaim } from "@/lib/claims/queries";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { submitForReview } from "@/lib/review/submit-for-review";
import { approveReview } from "@/lib/review/approve-review";
import { requestChanges } from "@/lib/review/request-changes";
import { retractClaim } from "@/lib/review/retract-claim";
import { listPendingReviews } from "@/lib/review/queries";
import {
  claimInput,
  expectAppError,
  makeActor,
  makeSource,
  makeUser,
  publishThroughReview,
} from "@/test/support/factories";

async function draftBy(role: "ANALYST" | "EDITOR" | "ADMIN" = "ANALYST") {
  const author = await makeUser(role);
  const actor = await makeActor();
  const { id } = await createClaim.execute(author, claimInput(actor.id));
  return { author, id };
}

/** What the public claim page reads (the claim, its citations and outcome timeline). */
async function publicReading(id: string) {
  return {
    claim: await getClaim(null, id),
    citations: await listCitationsForClaim(id, "public"),
    timeline: await listOutcomeTimeline(id, "public"),
  };
}

async function publishedClaim() {
  const { author, id } = await draftBy();
  const editor = await makeUser("EDITOR");
  await publishThroughReview(id, author, editor);
  return { author, editor, id };
}

describe("submitting for review", () => {
  it("moves a draft to IN_REVIEW with a pending NEW_CLAIM review and an audit event", async () => {
    const { author, id } = await draftBy();
    const { reviewId } = await submitForReview.execute(author, { claimId: id });
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.editorialStatus).toBe("IN_REVIEW");
    const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review).toMatchObject({
      kind: "NEW_CLAIM",
      status: "PENDING",
      submittedById: author.id,
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "claim.submit" } })).toBe(1);
  });

  it("is refused to a viewer and to anonymous callers, and twice for the same claim", async () => {
    const { author, id } = await draftBy();
    await expectAppError(
      submitForReview.execute(await makeUser("VIEWER"), { claimId: id }),
      "FORBIDDEN",
    );
    await expectAppError(submitForReview.execute(null, { claimId: id }), "UNAUTHORIZED");
    await submitForReview.execute(author, { claimId: id });
    await expectAppError(submitForReview.execute(author, { claimId: id }), "CONFLICT");
  });
});

describe("approving", () => {
  it("publishes the submitted revision for the public", async () => {
    const { id, author } = await publishedClaim();
    const claim = await getClaim(null, id);
    expect(claim.editorialStatus).toBe("PUBLISHED");
    expect(claim.revision).toBe(1);
    const row = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(row.firstPublishedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id, action: "claim.publish" } })).toBe(1);
    expect(author.role).toBe("ANALYST");
  });

  it("follows the two-person rule: nobody approves their own submission, not even an admin", async () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const { author, id } = await draftBy(role);
      const { reviewId } = await submitForReview.execute(author, { claimId: id });
      const error = await expectAppError(approveReview.execute(author, { reviewId }), "FORBIDDEN");
      expect(error.message).toMatch(/two-person rule/);
      await expectAppError(
        requestChanges.execute(author, { reviewId, comment: "Looks wrong" }),
        "FORBIDDEN",
      );
      expect((await db.claim.findUniqueOrThrow({ where: { id } })).publishedRevisionId).toBeNull();
    }
  });

  it("is refused to analysts and viewers", async () => {
    const { author, id } = await draftBy();
    const { reviewId } = await submitForReview.execute(author, { claimId: id });
    await expectAppError(
      approveReview.execute(await makeUser("ANALYST"), { reviewId }),
      "FORBIDDEN",
    );
    await expectAppError(
      approveReview.execute(await makeUser("VIEWER"), { reviewId }),
      "FORBIDDEN",
    );
  });
});

describe("requesting changes", () => {
  it("needs a comment and sends a new claim back to its author", async () => {
    const { author, id } = await draftBy();
    const editor = await makeUser("EDITOR");
    const { reviewId } = await submitForReview.execute(author, { claimId: id });
    const error = await expectAppError(
      requestChanges.execute(editor, { reviewId, comment: " " }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("comment");
    await requestChanges.execute(editor, { reviewId, comment: "Quote the full sentence." });
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).editorialStatus).toBe(
      "CHANGES_REQUESTED",
    );
    expect((await listPendingReviews(editor)).items.some((r) => r.id === reviewId)).toBe(false);
    // The author can fix and resubmit.
    await submitForReview.execute(author, { claimId: id });
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).editorialStatus).toBe("IN_REVIEW");
  });
});

describe("changes to a published claim", () => {
  it("stay invisible to the public until approved: edits, citations and outcome updates", async () => {
    const { author, editor, id } = await publishedClaim();
    const before = await getClaim(null, id);
    await updateClaim.execute(author, { id, version: 1, statement: "A corrected statement." });
    const source = await makeSource(author.id);
    await db.citation.create({
      data: {
        claimId: id,
        sourceId: source.id,
        exact: "x",
        foundInCapture: false,
        credibility: "DOUBTFUL",
        createdById: author.id,
      },
    });
    await db.outcomeUpdate.create({
      data: {
        claimId: id,
        status: "NOT_HELD",
        occurredAt: new Date("2026-03-21"),
        note: "It did not open.",
        createdById: author.id,
      },
    });
    await db.claim.update({ where: { id }, data: { outcomeStatus: "NOT_HELD" } });

    let pub = await publicReading(id);
    expect(pub.claim.statement).toBe(before.statement);
    expect(pub.claim.outcomeStatus).toBe("PENDING");
    expect(pub.citations).toHaveLength(0);
    expect(pub.timeline).toHaveLength(0);

    const { reviewId } = await submitForReview.execute(author, { claimId: id });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).kind).toBe("EDIT");
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).editorialStatus).toBe("PUBLISHED");
    await approveReview.execute(editor, { reviewId });

    pub = await publicReading(id);
    expect(pub.claim.statement).toBe("A corrected statement.");
    expect(pub.claim.outcomeStatus).toBe("NOT_HELD");
    expect(pub.citations).toHaveLength(1);
    expect(pub.timeline).toHaveLength(1);
  });

  it("cannot be submitted when there is nothing unpublished", async () => {
    const { author, id } = await publishedClaim();
    await expectAppError(submitForReview.execute(author, { claimId: id }), "CONFLICT");
  });
});

describe("retraction", () => {
  it("needs a correction note, keeps the claim public, and shows the note", async () => {
    const { editor, id } = await publishedClaim();
    const error = await expectAppError(
      retractClaim.execute(editor, { claimId: id, correctionNote: "" }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("correctionNote");
    await expectAppError(
      retractClaim.execute(await makeUser("ANALYST"), {
        claimId: id,
        correctionNote: "Not allowed to.",
      }),
      "FORBIDDEN",
    );
    await retractClaim.execute(editor, {
      claimId: id,
      correctionNote: "The quote was misattributed.",
    });
    const pub = await getClaim(null, id);
    expect(pub.editorialStatus).toBe("RETRACTED");
    expect(pub.correctionNote).toBe("The quote was misattributed.");
  });

  it("is only possible for a published claim", async () => {
    const { id } = await draftBy();
    await expectAppError(
      retractClaim.execute(await makeUser("EDITOR"), {
        claimId: id,
        correctionNote: "Never published.",
      }),
      "CONFLICT",
    );
  });
});
