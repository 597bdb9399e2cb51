import { diffWords } from "diff";
import type { RevisionText } from "@/lib/claims/revision-history";
import { CLAIM_FIELD_LABELS } from "@/lib/claims/claim-text";

/** What changed between two revisions, field by field, with word-level marks. */
export function RevisionDiff({ from, to }: { from: RevisionText; to: RevisionText }) {
  const changed = (Object.keys(CLAIM_FIELD_LABELS) as (keyof typeof CLAIM_FIELD_LABELS)[]).filter(
    (name) => (from.fields[name] ?? "") !== (to.fields[name] ?? ""),
  );
  if (changed.length === 0) {
    return (
      <p>
        Revisions {from.number} and {to.number} have the same content.
      </p>
    );
  }
  return (
    <dl className="space-y-4">
      {changed.map((name) => (
        <div key={name} className="rounded border border-stone-300 bg-white p-3">
          <dt className="font-semibold">{CLAIM_FIELD_LABELS[name]}</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words">
            {diffWords(from.fields[name] ?? "", to.fields[name] ?? "").map((part, i) =>
              part.added ? (
                <ins key={i} className="bg-green-100 text-green-950 no-underline">
                  <span className="sr-only">[added: </span>
                  {part.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : part.removed ? (
                <del key={i} className="bg-red-100 text-red-950">
                  <span className="sr-only">[removed: </span>
                  {part.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
