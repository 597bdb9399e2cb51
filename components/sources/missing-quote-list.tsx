import Link from "next/link";
import type { MissingQuote } from "@/lib/sources/list-missing-quotes";
import { DateText } from "@/components/ui/timestamp";

/** Dashboard: cited passages that the latest capture of their source no longer contains. */
export function MissingQuoteList({ quotes }: { quotes: MissingQuote[] }) {
  if (quotes.length === 0) {
    return <p className="text-stone-700">Every re-captured source still contains its quotes.</p>;
  }
  return (
    <ul
      className="divide-y divide-stone-300 border-y border-stone-300"
      data-testid="missing-quotes"
    >
      {quotes.map((q) => (
        <li key={q.citationId} className="py-3">
          <Link href={`/claims/${q.claimId}#citations`} className="font-medium text-blue-900">
            {q.statement}
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            “{q.exact}” is no longer in{" "}
            <Link href={`/sources/${q.sourceId}#captures`}>{q.sourceTitle}</Link> (capture of{" "}
            <DateText value={q.checkedAt} />
            ).
          </p>
        </li>
      ))}
    </ul>
  );
}
