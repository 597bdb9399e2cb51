import Link from "next/link";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ClaimView } from "@/lib/claims/claim-view";
import { getWorkflowState } from "@/lib/review/queries";
import { ActionForm } from "@/components/ui/action-form";
import { REVIEW_TEXT_MAX } from "@/lib/review/schemas";
import { retractAction, submitForReviewAction } from "@/lib/claims/actions";
import { Timestamp } from "@/components/ui/timestamp";

/**
 * The claim's place in the editorial workflow and the next step this user may take; nothing
 * at all when there is neither anything to report nor a step this user may take.
 */
export async function ClaimWorkflow({ claim, user }: { claim: ClaimView; user: SessionUser }) {
  const state = await getWorkflowState(user, claim.id);
  if (!state) return null;
  const { latest, waiting } = state;
  const retracted = claim.editorialStatus === "RETRACTED";
  const canSubmit =
    can(user.role, "claim.submit") &&
    !retracted &&
    !waiting &&
    (claim.editorialStatus !== "PUBLISHED" || state.hasUnpublishedChanges);
  const changesRequested = latest?.status === "CHANGES_REQUESTED";
  const unpublishedChanges =
    claim.editorialStatus === "PUBLISHED" && state.hasUnpublishedChanges && !waiting;
  const canRetract = can(user.role, "claim.retract") && claim.editorialStatus === "PUBLISHED";
  // Nothing to say and nothing to do (a published claim as it stands, to an analyst): no box.
  if (!changesRequested && !waiting && !unpublishedChanges && !canSubmit && !canRetract) {
    return null;
  }
  return (
    <section
      aria-labelledby="workflow"
      className="mb-6 rounded border border-stone-300 bg-white p-4"
    >
      <h2 id="workflow" className="font-semibold">
        Review
      </h2>
      {changesRequested && latest ? (
        <div className="mt-2 rounded bg-amber-50 p-3">
          <p className="font-medium">{latest.reviewer?.name ?? "A reviewer"} requested changes:</p>
          <p className="whitespace-pre-wrap">{latest.comment}</p>
        </div>
      ) : null}
      {waiting ? (
        <p className="mt-2">
          Waiting for review since{" "}
          {latest ? <Timestamp iso={latest.submittedAt.toISOString()} /> : null}.{" "}
          <Link href="/review">Open the review queue</Link>
        </p>
      ) : null}
      {unpublishedChanges ? (
        <p className="mt-2">This claim has changes the public does not see yet.</p>
      ) : null}
      {canSubmit ? (
        <ActionForm
          action={submitForReviewAction}
          hidden={{ claimId: claim.id }}
          submitLabel="Submit for review"
        />
      ) : null}
      {canRetract ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium text-red-900">Retract this claim…</summary>
          <ActionForm
            action={retractAction}
            hidden={{ claimId: claim.id }}
            note={{
              name: "correctionNote",
              label: "Correction note (shown publicly)",
              required: true,
              maxLength: REVIEW_TEXT_MAX,
            }}
            submitLabel="Retract"
            tone="danger"
            confirm={{
              title: "Retract this claim?",
              body: (
                <p>
                  The public page will show the claim as retracted, with your correction note, and
                  it leaves the feeds&apos; fact-check markup. A retraction cannot be undone.
                </p>
              ),
              confirmLabel: "Retract the claim",
            }}
          />
        </details>
      ) : null}
    </section>
  );
}
