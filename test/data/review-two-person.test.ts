// The two-person rule covers the whole change set: nobody approves a submission that
// contains a revision, citation, citation withdrawal or outcome update they authored.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { createCitation } from "@/lib/citations/create-citation";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { submitForReview } from "@/lib/review/submit-for-review";
import { approveReview } from "@/lib/review/approve-review";
import { claimInput, expectAppError, makeActor, makeSource, makeUser } from "../support/factories";

async function people() {
  const [analyst, editor, other] = await Promise.all([
    makeUser("ANALYST"),
    makeUser("EDITOR"),
    makeUser("EDITOR"),
  ]);
  return { analyst, editor, other, actor: await makeActor() };
}

describe("the two-person rule over the whole change set", () => {
  it("an editor who edited an analyst's draft cannot approve it; another editor can", async () => {
    const { analyst, editor, other, actor } = await people();
    const { id } = await createClaim.execute(analyst, claimInput(actor.id));
    await updateClaim.execute(editor, { id, version: 1, claimantRole: "Defense minister" });
    const { reviewId } = await submitForReview.execute(analyst, { claimId: id });
    const error = await expectAppError(approveReview.execute(editor, { reviewId }), "FORBIDDEN");
    expect(error.message).toMatch(/work of yours.*two-person rule/);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("PENDING");
    await approveReview.execute(other, { reviewId });
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).editorialStatus).toBe("PUBLISHED");
  });

  it("an editor who added a citation to the submission cannot approve it", async () => {
    const { analyst, editor, other, actor } = await people();
    const { id } = await createClaim.execute(analyst, claimInput(actor.id));
    const source = await makeSource(editor.id);
    await createCitation.execute(editor, {
      claimId: id,
      sourceId: source.id,
      quote: "anything",
      credibility: "3",
    });
    const { reviewId } = await submitForReview.execute(analyst, { claimId: id });
    await expectAppError(approveReview.execute(editor, { reviewId }), "FORBIDDEN");
    await approveReview.execute(other, { reviewId });
  });

  it("an editor who recorded an outcome update cannot approve its publication", async () => {
    const { analyst, editor, other, actor } = await people();
    const { id } = await createClaim.execute(analyst, claimInput(actor.id));
    const first = await submitForReview.execute(analyst, { claimId: id });
    await approveReview.execute(other, { reviewId: first.reviewId });
    await recordOutcome.execute(editor, {
      claimId: id,
      status: "IN_PROGRESS",
      occurredAt: "2026-01-10",
      note: "Construction started.",
      sourceIds: [],
    });
    const { reviewId } = await submitForReview.execute(analyst, { claimId: id });
    await expectAppError(approveReview.execute(editor, { reviewId }), "FORBIDDEN");
    await approveReview.execute(other, { reviewId });
  });

  it("work recorded after the submission is not part of it and does not bar the reviewer", async () => {
    const { analyst, editor, actor } = await people();
    const { id } = await createClaim.execute(analyst, claimInput(actor.id));
    const { reviewId } = await submitForReview.execute(analyst, { claimId: id });
    const source = await makeSource(editor.id);
    const late = await createCitation.execute(editor, {
      claimId: id,
      sourceId: source.id,
      quote: "anything",
      credibility: "2",
    });
    await approveReview.execute(editor, { reviewId });
    // The later citation stays unapproved, for the next review.
    const row = await db.citation.findUniqueOrThrow({ where: { id: late.id } });
    expect(row.publishedAt).toBeNull();
  });
});
