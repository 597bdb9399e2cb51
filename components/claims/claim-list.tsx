import Link from "next/link";
import type { ClaimView } from "@/lib/claims/claim-view";
import { KIND_LABELS } from "@/lib/scales";
import { EditorialBadge, OutcomeBadge } from "@/components/claims/outcome-badge";
import { DateText } from "@/components/ui/timestamp";

export function ClaimList({
  claims,
  showEditorial = false,
  empty,
}: {
  claims: ClaimView[];
  showEditorial?: boolean;
  empty: string;
}) {
  if (claims.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {claims.map((c) => (
        <li key={c.id} className="py-4">
          <Link
            href={`/claims/${c.id}`}
            className="text-lg font-medium wrap-anywhere text-blue-900 no-underline hover:underline"
          >
            {c.isVerbatim ? `“${c.statement}”` : c.statement}
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            {c.claimant.name} · {KIND_LABELS[c.kind]} · <DateText value={c.madeAt} />
          </p>
          <p className="mt-2 flex gap-2">
            <OutcomeBadge status={c.outcomeStatus} kind={c.kind} />
            {showEditorial ? <EditorialBadge status={c.editorialStatus} /> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
