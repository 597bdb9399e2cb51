// Citations can be corrected or withdrawn; on a published claim the change goes through
// review, and what the public sees changes only on approval.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/create-claim";
import { createCitation } from "@/lib/citations/create-citation";
import { correctCitation } from "@/lib/citations/correct-citation";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { retractClaim } from "@/lib/review/retract-claim";
import {
  claimInput,
  expectAppError,
  makeActor,
  makeUser,
  publishThroughReview,
} from "@/test/support/factories";

const TEXT =
  "The official said the agreement includes strong guarantees, similar to Article 5. " +
  "Talks continued late into the night in Geneva.";

async function setup() {
  const [analyst, editor, viewer] = await Promise.all([
    makeUser("ANALYST"),
    makeUser("EDITOR"),
    makeUser("VIEWER"),
  ]);
  const actor = await makeActor();
  const source = await db.source.create({
    data: {
      url: `https://news.example.test/${crypto.randomUUID()}`,
      title: "Report",
      kind: "NEWS_ARTICLE",
      capturedText: TEXT,
      createdById: analyst.id,
    },
  });
  const { id: claimId } = await createClaim.execute(analyst, claimInput(actor.id));
  const cite = (quote: string) =>
    createCitation.execute(analyst, { claimId, sourceId: source.id, quote, credibility: "2" });
  return { analyst, editor, viewer, claimId, cite };
}

const publish = (s: Awaited<ReturnType<typeof setup>>) =>
  publishThroughReview(s.claimId, s.analyst, s.editor);

const publicQuotes = async (claimId: string) =>
  (await listCitationsForClaim(claimId, "public")).map((c) => c.exact);

describe("correcting a citation", () => {
  it("corrects one not yet approved in place, anchoring the new quote", async () => {
    const s = await setup();
    const { id } = await s.cite("Talks continued late");
    const result = await correctCitation.execute(s.analyst, {
      claimId: s.claimId,
      citationId: id,
      quote: "talks  continued late into the night",
      credibility: "3",
    });
    expect(result).toEqual({ id, foundInCapture: true, pendingReview: true });
    const row = await db.citation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      exact: "Talks continued late into the night",
      credibility: "POSSIBLY_TRUE",
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "citation.correct" } })).toBe(
      1,
    );
  });

  it("on a published claim adds a correction for review; the public sees it only on approval", async () => {
    const s = await setup();
    const { id } = await s.cite("strong guarantees");
    await publish(s);
    const { id: correctionId } = await correctCitation.execute(s.analyst, {
      claimId: s.claimId,
      citationId: id,
      quote: "strong guarantees, similar to Article 5",
      credibility: "1",
    });
    expect(correctionId).not.toBe(id);
    expect(await publicQuotes(s.claimId)).toEqual(["strong guarantees"]);
    // A second correction of the same approved citation must change the pending one.
    await expectAppError(
      correctCitation.execute(s.analyst, {
        claimId: s.claimId,
        citationId: id,
        quote: "strong",
        credibility: "1",
      }),
      "CONFLICT",
    );
    await publish(s);
    expect(await publicQuotes(s.claimId)).toEqual(["strong guarantees, similar to Article 5"]);
    const internal = await listCitationsForClaim(s.claimId, "internal");
    expect(internal.map((c) => [c.exact, c.state])).toEqual([
      ["strong guarantees", "RETIRED"],
      ["strong guarantees, similar to Article 5", "APPROVED"],
    ]);
  });
});

describe("withdrawing a citation", () => {
  it("an approved citation stays public until the withdrawal is approved, then stays in the history", async () => {
    const s = await setup();
    const { id } = await s.cite("strong guarantees");
    await s.cite("Talks continued");
    await publish(s);
    await withdrawCitation.execute(s.analyst, {
      claimId: s.claimId,
      citationId: id,
      reason: "The editor found the quote misattributed.",
    });
    expect(await publicQuotes(s.claimId)).toEqual(["strong guarantees", "Talks continued"]);
    const pending = await listCitationsForClaim(s.claimId, "internal");
    expect(pending.find((c) => c.id === id)?.state).toBe("WITHDRAWAL_PENDING");
    await publish(s);
    expect(await publicQuotes(s.claimId)).toEqual(["Talks continued"]);
    const row = await db.citation.findUniqueOrThrow({ where: { id } });
    expect(row.retiredAt).not.toBeNull();
    expect(row.withdrawalNote).toBe("The editor found the quote misattributed.");
    expect(
      await db.auditEvent.count({ where: { entityId: id, action: "citation.withdraw" } }),
    ).toBe(1);
  });

  it("one never approved leaves the working copy at once and is never published", async () => {
    const s = await setup();
    const { id } = await s.cite("strong guarantees");
    await withdrawCitation.execute(s.analyst, {
      claimId: s.claimId,
      citationId: id,
      reason: "Wrong source.",
    });
    await s.cite("Talks continued");
    await publish(s);
    expect(await publicQuotes(s.claimId)).toEqual(["Talks continued"]);
    expect((await db.citation.findUniqueOrThrow({ where: { id } })).publishedAt).toBeNull();
  });

  it("is refused to a viewer, needs a reason, and is refused on a retracted claim", async () => {
    const s = await setup();
    const { id } = await s.cite("strong guarantees");
    const input = { claimId: s.claimId, citationId: id, reason: "Misattributed quote." };
    await expectAppError(withdrawCitation.execute(s.viewer, input), "FORBIDDEN");
    await expectAppError(withdrawCitation.execute(null, input), "UNAUTHORIZED");
    const noReason = await expectAppError(
      withdrawCitation.execute(s.analyst, { ...input, reason: "" }),
      "INVALID",
    );
    expect(Object.keys(noReason.fields ?? {})).toEqual(["reason"]);
    await expectAppError(
      correctCitation.execute(s.viewer, { ...input, quote: "x", credibility: "1" }),
      "FORBIDDEN",
    );
    await publish(s);
    await retractClaim.execute(s.editor, {
      claimId: s.claimId,
      correctionNote: "The claim was misattributed.",
    });
    await expectAppError(withdrawCitation.execute(s.analyst, input), "CONFLICT");
  });
});
