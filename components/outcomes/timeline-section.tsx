import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { ClaimScope } from "@/lib/claims/visibility";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { recordOutcomeAction } from "@/lib/outcomes/actions";
import { listEvidenceSources, listOutcomeTimeline } from "@/lib/outcomes/queries";
import { outcomeLabel } from "@/lib/scales";
import { ExternalLink } from "@/components/ui/external-link";
import { RecordOutcomeForm } from "@/components/claims/member-forms";
import { DateText } from "@/components/ui/timestamp";

/** The claim page's outcome timeline, oldest entry first, and the form to add to it. */
export async function TimelineSection({
  claimId,
  kind,
  scope,
}: {
  claimId: string;
  kind: ClaimKind;
  scope: ClaimScope;
}) {
  const [timeline, user] = await Promise.all([
    listOutcomeTimeline(claimId, scope),
    // The public reading has no member tools, and a cached page cannot read the session.
    scope === "internal" ? getCurrentUser() : null,
  ]);
  const mayRecord = scope === "internal" && can(user?.role, "outcome.record");
  const sources = mayRecord ? await listEvidenceSources(claimId) : [];
  return (
    // id="timeline": the section's address before it was named "outcomes" (links kept working).
    <section id="timeline" className="mt-8" aria-labelledby="outcomes">
      <h2 id="outcomes" className="text-lg font-semibold">
        Outcome timeline
      </h2>
      {timeline.length === 0 ? (
        <p className="text-stone-700">No outcome recorded yet.</p>
      ) : (
        <ol className="mt-2 space-y-3 border-l-2 border-stone-400 pl-4">
          {timeline.map((u) => (
            <li key={u.id} id={`outcome-${u.id}`}>
              <p className="font-medium">
                <DateText value={u.occurredAt} /> — {outcomeLabel(u.status, kind)}
                {u.pendingReview ? " (awaiting review)" : null}
              </p>
              {u.corrects ? (
                <p className="text-sm font-medium text-amber-900">
                  Corrects the entry of{" "}
                  <a href={`#outcome-${u.corrects.id}`}>
                    <DateText value={u.corrects.occurredAt} />
                  </a>
                </p>
              ) : null}
              {u.correctedBy.map((c) => (
                <p key={c.id} className="text-sm font-medium text-amber-900">
                  Corrected by the entry of{" "}
                  <a href={`#outcome-${c.id}`}>
                    <DateText value={c.occurredAt} />
                  </a>
                </p>
              ))}
              <p className="whitespace-pre-line">{u.note}</p>
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
      {mayRecord ? (
        <RecordOutcomeForm
          action={recordOutcomeAction}
          claimId={claimId}
          kind={kind}
          entries={timeline.map((u) => ({ id: u.id, occurredAt: u.occurredAt, status: u.status }))}
          sources={sources}
        />
      ) : null}
    </section>
  );
}
