// Conflicting review decisions fired at the same moment, each pair at least 20 times:
// exactly one wins, the loser gets 409 CONFLICT and changes nothing, one audit event is
// written for the winner, and the claim ends in a state its history explains.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { submitForReview } from "@/lib/review/submit-for-review";
import { approveReview } from "@/lib/review/approve-review";
import { requestChanges } from "@/lib/review/request-changes";
import { retractClaim } from "@/lib/review/retract-claim";
import { claimInput, makeActor, makeUser } from "../support/factories";

const ROUNDS = 20;

type Settled = { ok: true } | { ok: false; code: string };

/** Runs both at once; every failure must be an expected CONFLICT, never a 500. */
async function race(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<Settled[]> {
  const results = await Promise.allSettled([a(), b()]);
  return results.map((r) => {
    if (r.status === "fulfilled") return { ok: true };
    if (!(r.reason instanceof AppError)) throw r.reason;
    return { ok: false, code: r.reason.code };
  });
}

const winners = (results: Settled[]) => results.filter((r) => r.ok).length;

async function setup() {
  const [analyst, editorA, editorB] = await Promise.all([
    makeUser("ANALYST"),
    makeUser("EDITOR"),
    makeUser("EDITOR"),
  ]);
  const actor = await makeActor();
  return { analyst, editorA, editorB, actor };
}

async function submittedDraft(people: Awaited<ReturnType<typeof setup>>) {
  const { id } = await createClaim.execute(people.analyst, claimInput(people.actor.id));
  const { reviewId } = await submitForReview.execute(people.analyst, { claimId: id });
  return { id, reviewId };
}

async function audits(entityId: string, action: string) {
  return db.auditEvent.count({ where: { entityId, action } });
}

describe("concurrent review decisions", () => {
  it("two editors approving one submission: one publishes, one 409, one publish event", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId } = await submittedDraft(people);
      const results = await race(
        () => approveReview.execute(people.editorA, { reviewId }),
        () => approveReview.execute(people.editorB, { reviewId }),
      );
      expect(winners(results)).toBe(1);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: "CONFLICT" });
      expect(await audits(id, "claim.publish")).toBe(1);
      const claim = await db.claim.findUniqueOrThrow({ where: { id } });
      expect(claim.editorialStatus).toBe("PUBLISHED");
      expect(claim.publishedRevisionId).not.toBeNull();
    }
  });

  it("approve against request changes: one wins and the claim matches the winner", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId } = await submittedDraft(people);
      const results = await race(
        () => approveReview.execute(people.editorA, { reviewId }),
        () => requestChanges.execute(people.editorB, { reviewId, comment: "Check the date" }),
      );
      expect(winners(results)).toBe(1);
      const [claim, review] = await Promise.all([
        db.claim.findUniqueOrThrow({ where: { id } }),
        db.review.findUniqueOrThrow({ where: { id: reviewId } }),
      ]);
      const decisions =
        (await audits(id, "claim.publish")) + (await audits(id, "claim.requestChanges"));
      expect(decisions).toBe(1);
      if (results[0]?.ok) {
        expect(review.status).toBe("APPROVED");
        expect(claim.editorialStatus).toBe("PUBLISHED");
      } else {
        expect(review.status).toBe("CHANGES_REQUESTED");
        expect(claim.editorialStatus).toBe("CHANGES_REQUESTED");
        expect(claim.publishedRevisionId).toBeNull();
      }
    }
  });

  it("two submits at once open exactly one pending review", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id } = await createClaim.execute(people.analyst, claimInput(people.actor.id));
      const results = await race(
        () => submitForReview.execute(people.analyst, { claimId: id }),
        () => submitForReview.execute(people.analyst, { claimId: id }),
      );
      expect(winners(results)).toBe(1);
      expect(await db.review.count({ where: { claimId: id, status: "PENDING" } })).toBe(1);
      expect(await audits(id, "claim.submit")).toBe(1);
    }
  });

  it("two submits of a published claim's edit open exactly one pending review", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId } = await submittedDraft(people);
      await approveReview.execute(people.editorA, { reviewId });
      await updateClaim.execute(people.analyst, { id, version: 1, claimantRole: `Role ${i}` });
      const results = await race(
        () => submitForReview.execute(people.analyst, { claimId: id }),
        () => submitForReview.execute(people.analyst, { claimId: id }),
      );
      expect(winners(results)).toBe(1);
      expect(await db.review.count({ where: { claimId: id, status: "PENDING" } })).toBe(1);
    }
  });

  it("approval racing a retraction never leaves a published claim with a retraction date", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId: first } = await submittedDraft(people);
      await approveReview.execute(people.editorA, { reviewId: first });
      await updateClaim.execute(people.analyst, { id, version: 1, claimantRole: `Role ${i}` });
      const { reviewId } = await submitForReview.execute(people.analyst, { claimId: id });
      const results = await race(
        () => approveReview.execute(people.editorA, { reviewId }),
        () =>
          retractClaim.execute(people.editorB, {
            claimId: id,
            correctionNote: "The quote was misattributed to this speaker.",
          }),
      );
      // The retraction always succeeds: before the approval it withdraws the review (the
      // approval then gets 409); after it, it retracts the newly approved revision.
      expect(results[1]).toEqual({ ok: true });
      const [claim, review] = await Promise.all([
        db.claim.findUniqueOrThrow({ where: { id } }),
        db.review.findUniqueOrThrow({ where: { id: reviewId } }),
      ]);
      expect(claim.editorialStatus).toBe("RETRACTED");
      expect(claim.retractedAt).not.toBeNull();
      expect(review.status).toBe(results[0]?.ok ? "APPROVED" : "WITHDRAWN");
      expect(await audits(id, "claim.publish")).toBe(results[0]?.ok ? 2 : 1);
      expect(await audits(id, "claim.retract")).toBe(1);
    }
  });

  it("two retractions at once: one retracts, the other gets 409", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId } = await submittedDraft(people);
      await approveReview.execute(people.editorA, { reviewId });
      const retract = (note: string) => () =>
        retractClaim.execute(people.editorB, { claimId: id, correctionNote: note });
      const results = await race(
        retract("First correction note."),
        retract("Second correction note."),
      );
      expect(winners(results)).toBe(1);
      expect(await audits(id, "claim.retract")).toBe(1);
    }
  });

  it("an edit racing a retraction never adds a revision to a retracted claim", async () => {
    const people = await setup();
    for (let i = 0; i < ROUNDS; i++) {
      const { id, reviewId } = await submittedDraft(people);
      await approveReview.execute(people.editorA, { reviewId });
      const results = await race(
        () => updateClaim.execute(people.analyst, { id, version: 1, claimantRole: `Role ${i}` }),
        () =>
          retractClaim.execute(people.editorB, {
            claimId: id,
            correctionNote: "The quote was misattributed to this speaker.",
          }),
      );
      expect(results[1]).toEqual({ ok: true });
      const claim = await db.claim.findUniqueOrThrow({ where: { id } });
      const revisions = await db.claimRevision.count({ where: { claimId: id } });
      expect(claim.editorialStatus).toBe("RETRACTED");
      // The edit either landed before the retraction or was refused; never after it.
      const editEvents = await db.auditEvent.findMany({
        where: { entityId: id, action: { in: ["claim.update", "claim.retract"] } },
        orderBy: { id: "asc" },
        select: { action: true },
      });
      expect(editEvents.at(-1)?.action).toBe("claim.retract");
      expect(revisions).toBe(results[0]?.ok ? 2 : 1);
    }
  });
});
