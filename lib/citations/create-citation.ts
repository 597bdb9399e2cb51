import "server-only";
import { AppError, invalid, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { anchorQuote } from "@/lib/sources/text-quote";
import { ZCitationInput } from "@/lib/citations/schemas";

/**
 * Ties a claim to the words in a source that support it. The quote is anchored in the
 * source's captured copy like a W3C TextQuoteSelector (exact + prefix + suffix); when it is
 * not there, it is kept as given and marked not found, so a reviewer sees the mismatch.
 * New citations wait for review (publishedAt null) before the public sees them.
 */
export const createCitation = defineMutation({
  action: "citation.create",
  input: ZCitationInput,
  async run({ tx, user, audit }, { claimId, sourceId, quote, credibility, note }) {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { editorialStatus: true },
    });
    if (!claim) throw notFound("Claim");
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim can no longer be changed.");
    }
    const source = await tx.source.findUnique({
      where: { id: sourceId },
      select: { capturedText: true },
    });
    if (!source) throw invalid({ sourceId: "Choose a source from the library" });

    const anchored = anchorQuote(source.capturedText ?? "", quote);
    const citation = await tx.citation.create({
      data: {
        claimId,
        sourceId,
        exact: anchored.exact,
        prefix: anchored.prefix,
        suffix: anchored.suffix,
        foundInCapture: anchored.found,
        credibility,
        note,
        createdById: user.id,
        publishedAt: null,
      },
    });
    const { createdAt: _createdAt, ...after } = citation;
    await audit({
      action: "citation.create",
      entityType: "Citation",
      entityId: citation.id,
      after,
    });
    return { id: citation.id, foundInCapture: citation.foundInCapture };
  },
});
