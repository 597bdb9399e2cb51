import type { ReactNode } from "react";

interface Props {
  text: string;
  passages: { start: number; end: number; ticked: boolean }[];
}

/**
 * The article with every candidate passage highlighted. Each mark has the id the list
 * links to (`#passage-N`), so the analyst can move between the list and the text.
 */
export function ArticleView({ text, passages }: Props) {
  const order = passages.map((p, i) => ({ ...p, i })).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const p of order) {
    if (p.start < at) continue;
    parts.push(text.slice(at, p.start));
    parts.push(
      <mark
        key={p.i}
        id={`passage-${p.i}`}
        tabIndex={-1}
        className={p.ticked ? "bg-yellow-200 text-stone-900" : "bg-stone-200 text-stone-700"}
      >
        <sup className="mr-0.5 font-semibold text-blue-900">{p.i + 1}</sup>
        {text.slice(p.start, p.end)}
      </mark>,
    );
    at = p.end;
  }
  parts.push(text.slice(at));
  return (
    <section
      aria-label="Article with candidates highlighted"
      // Focusable, so the keyboard alone can scroll it.
      tabIndex={0}
      className="max-h-[70vh] overflow-y-auto rounded border border-stone-300 bg-white p-4 leading-relaxed whitespace-pre-wrap"
    >
      {parts}
    </section>
  );
}
