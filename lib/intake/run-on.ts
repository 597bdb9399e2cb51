import { attributionAfter, type Attribution } from "@/lib/intake/attribution";
import type { Discourse } from "@/lib/intake/discourse";
import type { QuoteSpan } from "@/lib/intake/quotes";

/**
 * The attribution closing a quote that runs over paragraphs ("“A …¶“… B,” Rahman says."):
 * read after the last paragraph of the run, from its closing mark to the end of that
 * sentence. `k` is the run's first quote in `quotes`; null when the run ends unattributed
 * or `k` does not open a run.
 */
export function runOnAttribution(
  text: string,
  quotes: readonly QuoteSpan[],
  k: number,
  discourse: Discourse,
): Attribution | null {
  let j = k;
  while (quotes[j + 1]?.continued) j += 1;
  const last = quotes[j];
  if (j === k || !last) return null;
  const lineEnd = text.indexOf("\n", last.close);
  const stop = Math.min(lineEnd < 0 ? text.length : lineEnd, quotes[j + 1]?.open ?? text.length);
  const tail = /^[^.!?]*[.!?]?/.exec(text.slice(last.close, stop))?.[0] ?? "";
  return attributionAfter(tail, last.close, discourse);
}
