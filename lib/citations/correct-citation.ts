import "server-only";
import { defineMutation } from "@/lib/mutation";
import { anchorQuote } from "@/lib/sources/text-quote";
import { ZCitationCorrection } from "@/lib/citations/schemas";
import { findOpenCitation } from "@/lib/citations/find-open-citation";

/**
 * Corrects a citation's quote, credibility grade or note. A citation not yet approved is
 * corrected in place. An approved one never changes: the correction is a new citation that
 * names it (`replacesId`) and waits for review; approving it retires the old one, which
 * stays in the history and the audit. The quote is anchored again in the source's capture.
 * Returns `{ id, foundInCapture, pendingReview }`.
 */
export const correctCitation = defineMutation({
  action: "citation.correct",
  input: ZCitationCorrection,
  async run({ tx, user, audit }, { claimId, citationId, quote, credibility, note }) {
    const old = await findOpenCitation(tx, claimId, citationId);
    const anchored = anchorQuote(old.source.capturedText ?? "", quote);
    const content = {
      exact: anchored.exact,
      prefix: anchored.prefix,
      suffix: anchored.suffix,
      foundInCapture: anchored.found,
      credibility,
      note,
    };
    const before = {
      exact: old.exact,
      foundInCapture: old.foundInCapture,
      credibility: old.credibility,
      note: old.note,
    };
    if (old.publishedAt === null) {
      await tx.citation.update({ where: { id: old.id }, data: content });
      await audit({
        action: "citation.correct",
        entityType: "Citation",
        entityId: old.id,
        before,
        after: content,
      });
      return { id: old.id, foundInCapture: anchored.found, pendingReview: true };
    }
    const replacement = await tx.citation.create({
      data: {
        ...content,
        claimId,
        sourceId: old.sourceId,
        replacesId: old.id,
        createdById: user.id,
        publishedAt: null,
      },
    });
    await audit({
      action: "citation.correct",
      entityType: "Citation",
      entityId: replacement.id,
      before: { ...before, id: old.id },
      after: { ...content, replacesId: old.id },
    });
    return { id: replacement.id, foundInCapture: anchored.found, pendingReview: true };
  },
});
