import { sameWords } from "@/lib/intake/fold";

export interface CitationForIndependence {
  id: string;
  exact: string;
  createdAt: string;
  source: { id: string; title: string; outlet: string | null; publishedAt: string | null };
}

/** For one citation: null = independent, else the source whose quote it repeats. */
export type Repeats = { sourceId: string; label: string } | null;

/**
 * Which of a claim's sources are independent and which repeat another's quote ("five
 * outlets repeating one official"). Citations with the same words (one contains the other,
 * folded; see fold.ts) from different sources form a group; the source that published
 * them first (by publication date, then by when it was cited) is independent, every later
 * one repeats it. A citation whose words no other source has is independent.
 */
export function findRepeats(citations: readonly CitationForIndependence[]): Map<string, Repeats> {
  const order = [...citations].sort(
    (a, b) =>
      (a.source.publishedAt ?? "9999").localeCompare(b.source.publishedAt ?? "9999") ||
      a.createdAt.localeCompare(b.createdAt),
  );
  const out = new Map<string, Repeats>();
  order.forEach((c, i) => {
    const first = order
      .slice(0, i)
      .find((p) => p.source.id !== c.source.id && sameWords(p.exact, c.exact));
    out.set(
      c.id,
      first
        ? { sourceId: first.source.id, label: first.source.outlet ?? first.source.title }
        : null,
    );
  });
  return out;
}
