import Link from "next/link";
import type { OpenForecastView } from "@/lib/dashboard/list-my-open-forecasts";
import { DateText, Timestamp } from "@/components/ui/timestamp";

/** The user's current forecast on each claim that has not resolved yet. */
export function OpenForecastList({ forecasts }: { forecasts: OpenForecastView[] }) {
  if (forecasts.length === 0) {
    return <p className="text-stone-700">You have no forecasts on unresolved claims.</p>;
  }
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {forecasts.map((f) => (
        <li key={f.id} className="py-3">
          <Link
            href={`/claims/${f.claim.id}#forecasts`}
            className="font-medium text-blue-900 hover:underline"
          >
            {f.claim.isVerbatim ? `“${f.claim.statement}”` : f.claim.statement}
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            <strong className="text-stone-900">
              {f.probability} % — {f.word}
            </strong>{" "}
            · updated <Timestamp iso={f.createdAt} />
            {f.claim.resolveBy ? (
              <>
                {" "}
                · resolve by <DateText value={f.claim.resolveBy} />
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
