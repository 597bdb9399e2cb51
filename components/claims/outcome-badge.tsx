import type { ClaimKind, EditorialStatus, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { EDITORIAL_LABELS, outcomeLabel } from "@/lib/scales";

const OUTCOME_STYLE: Record<OutcomeStatus, string> = {
  PENDING: "bg-stone-200 text-stone-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  STALLED: "bg-amber-100 text-amber-900",
  HELD: "bg-green-100 text-green-900",
  PARTIALLY_HELD: "bg-lime-100 text-lime-900",
  NOT_HELD: "bg-red-100 text-red-900",
  UNRESOLVABLE: "bg-stone-300 text-stone-900",
};

const badge = "inline-block rounded px-2 py-0.5 text-sm font-medium";

export function OutcomeBadge({ status, kind }: { status: OutcomeStatus; kind?: ClaimKind }) {
  return (
    <span className={`${badge} ${OUTCOME_STYLE[status]}`}>
      <span className="sr-only">Outcome: </span>
      {outcomeLabel(status, kind)}
    </span>
  );
}

export function EditorialBadge({ status }: { status: EditorialStatus }) {
  return (
    <span className={`${badge} border border-stone-500 bg-white text-stone-800`}>
      <span className="sr-only">Editorial status: </span>
      {EDITORIAL_LABELS[status]}
    </span>
  );
}
