import "server-only";
import type { Tx } from "@/lib/db";
import type { QuoteCheck } from "@/lib/generated/prisma/enums";
import { anchorQuote, locateQuote, type TextQuoteSelector } from "@/lib/sources/text-quote";

export interface RecheckedCitation {
  citationId: string;
  check: QuoteCheck;
}

/**
 * Where a cited passage stands in a new capture, by the TextQuoteSelector rule
 * (W3C Web Annotation): FOUND when the exact words are there with the same prefix and suffix
 * around them; MOVED when the words are there but their context changed; MISSING when the
 * words are gone. Of several occurrences, the one the selector's prefix and suffix name is
 * the cited one (locateQuote), so a passage quoted twice is not taken for moved.
 */
export function checkQuote(text: string, selector: TextQuoteSelector): QuoteCheck {
  const anchored = locateQuote(text, selector);
  if (!anchored) return "MISSING";
  if (text.includes(selector.prefix + selector.exact + selector.suffix)) return "FOUND";
  return anchored.prefix.endsWith(selector.prefix) && anchored.suffix.startsWith(selector.suffix)
    ? "FOUND"
    : "MOVED";
}

/**
 * Re-checks every citation of a source against its new capture, inside the capture's
 * transaction. A quote still present records this capture as the newest one holding it; a
 * missing quote keeps pointing at the newest earlier capture that held it (found by looking
 * back through the versions when the citation never recorded one).
 */
export async function recheckCitations(
  tx: Tx,
  sourceId: string,
  capture: { id: string; number: number; text: string; capturedAt: Date },
): Promise<RecheckedCitation[]> {
  const citations = await tx.citation.findMany({
    where: { sourceId },
    select: { id: true, exact: true, prefix: true, suffix: true, lastFoundCaptureId: true },
    orderBy: { createdAt: "asc" },
  });
  let earlier: { id: string; text: string }[] | null = null;
  const results: RecheckedCitation[] = [];
  for (const c of citations) {
    const check = checkQuote(capture.text, c);
    let lastFound = check === "MISSING" ? c.lastFoundCaptureId : capture.id;
    if (lastFound === null) {
      earlier ??= await tx.sourceCapture.findMany({
        where: { sourceId, number: { lt: capture.number } },
        select: { id: true, text: true },
        orderBy: { number: "desc" },
      });
      lastFound = earlier.find((e) => anchorQuote(e.text, c.exact).found)?.id ?? null;
    }
    await tx.citation.update({
      where: { id: c.id },
      data: {
        captureCheck: check,
        captureCheckedAt: capture.capturedAt,
        checkedCaptureId: capture.id,
        lastFoundCaptureId: lastFound,
      },
    });
    results.push({ citationId: c.id, check });
  }
  return results;
}
