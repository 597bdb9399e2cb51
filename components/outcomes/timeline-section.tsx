import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { ClaimScope } from "@/lib/claims/visibility";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { outcomeLabel } from "@/lib/scales";
import { ExternalLink } from "@/components/ui/external-link";

/** The claim page's outcome timeline, oldest entry first. */
export async function TimelineSection({
  claimId,
  kind,
  scope,
}: {
  claimId: string;
  kind: ClaimKind;
  scope: ClaimScope;
}) {
  const timeline = await listOutcomeTimeline(claimId, scope);
  return (
    <section className="mt-8" aria-labelledby="timeline">
      <h2 id="timeline" className="text-lg font-semibold">
        Outcome timeline
      </h2>
      {timeline.length === 0 ? (
        <p className="text-stone-700">No outcome recorded yet.</p>
      ) : (
        <ol className="mt-2 space-y-3 border-l-2 border-stone-400 pl-4">
          {timeline.map((u) => (
            <li key={u.id}>
              <p className="font-medium">
                <time dateTime={u.occurredAt}>{u.occurredAt}</time> — {outcomeLabel(u.status, kind)}
                {u.pendingReview ? " (awaiting review)" : null}
              </p>
              <p>{u.note}</p>
              {u.evidence.length > 0 ? (
                <ul className="text-sm">
                  {u.evidence.map((e) => (
                    <li key={e.id}>
                      Evidence: <ExternalLink url={e.url}>{e.title}</ExternalLink>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
