import Link from "next/link";
import type { SourceSummary } from "@/lib/sources/source-view";
import { reliabilityText, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { formatDay } from "@/lib/dates/format";

/** Library rows: title (to the source page), outlet, kind, grade, and how often it is cited. */
export function SourceList({ sources }: { sources: SourceSummary[] }) {
  if (sources.length === 0) return <p className="text-stone-700">No sources match.</p>;
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {sources.map((s) => (
        <li key={s.id} className="py-4">
          <Link
            href={`/sources/${s.id}`}
            className="text-lg font-medium text-blue-900 hover:underline"
          >
            {s.title}
          </Link>
          <p className="mt-1 break-all text-sm text-stone-600">{s.url}</p>
          <p className="mt-1 text-sm text-stone-700">
            {[
              s.outlet,
              s.author,
              SOURCE_KIND_LABELS[s.kind],
              s.publishedAt && formatDay(s.publishedAt),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-1 text-sm">
            Reliability {reliabilityText(s.reliability)} · cited {s.citationCount}{" "}
            {s.citationCount === 1 ? "time" : "times"}
          </p>
        </li>
      ))}
    </ul>
  );
}
