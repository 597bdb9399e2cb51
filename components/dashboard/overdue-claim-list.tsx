import Link from "next/link";
import type { ClaimView } from "@/lib/claims/claim-view";
import { KIND_LABELS } from "@/lib/scales";
import { OutcomeBadge } from "@/components/claims/outcome-badge";
import { DateText } from "@/components/ui/timestamp";

/** Claims past their resolve-by date that still wait for an outcome. */
export function OverdueClaimList({ claims }: { claims: ClaimView[] }) {
  if (claims.length === 0) {
    return <p className="text-stone-700">No claim is past its resolve-by date unresolved.</p>;
  }
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {claims.map((c) => (
        <li key={c.id} className="py-4">
          <Link
            href={`/claims/${c.id}#outcomes`}
            className="text-lg font-medium text-blue-900 hover:underline"
          >
            {c.isVerbatim ? `“${c.statement}”` : c.statement}
          </Link>
          <p className="mt-1 text-sm text-stone-700">
            {c.claimant.name} · {KIND_LABELS[c.kind]} · resolve by{" "}
            {c.resolveBy ? (
              <DateText value={c.resolveBy} className="font-medium text-red-900" />
            ) : null}
          </p>
          <p className="mt-2">
            <OutcomeBadge status={c.outcomeStatus} kind={c.kind} />
          </p>
        </li>
      ))}
    </ul>
  );
}
