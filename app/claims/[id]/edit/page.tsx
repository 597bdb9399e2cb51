import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { getClaim } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/claim-view";
import { AppError } from "@/lib/errors";
import { listActiveTopics } from "@/lib/topics/queries";
import { ClaimForm } from "@/components/claims/claim-form";
import { updateClaimAction } from "@/lib/claims/actions";

export const metadata: Metadata = { title: "Edit claim", robots: { index: false } };

function formValues(c: ClaimView): Record<string, string | string[]> {
  return {
    id: c.id,
    version: String(c.version ?? c.revision),
    statement: c.statement,
    isVerbatim: c.isVerbatim ? "on" : "false",
    claimantId: c.claimant.id,
    claimantIdLabel: c.claimant.name,
    claimantRole: c.claimantRole ?? "",
    madeAt: c.madeAt,
    kind: c.kind,
    topicIds: c.topics.map((t) => t.id),
    resolutionCriteria: c.resolutionCriteria ?? "",
    resolveBy: c.resolveBy ?? "",
  };
}

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/claims/${id}/edit`);
  requirePermission(user, "claim.update");
  const claim = await getClaim(user, id, "internal").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (claim.editorialStatus === "RETRACTED") {
    return <p role="alert">This claim was retracted and can no longer be changed.</p>;
  }
  const topics = await listActiveTopics();
  // A topic archived since the claim was tagged still shows, so saving does not drop it.
  const shownTopics = [
    ...topics,
    ...claim.topics.filter((t) => !topics.some((a) => a.id === t.id)),
  ];
  return (
    <>
      <p className="mb-2">
        <Link href={`/claims/${id}`}>← Back to the claim</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">Edit claim</h1>
      <ClaimForm
        action={updateClaimAction}
        topics={shownTopics}
        initial={formValues(claim)}
        draftKey={`claim:${id}`}
        returnTo={`/claims/${id}/edit`}
        submitLabel="Save changes"
        saveNote={
          claim.editorialStatus === "PUBLISHED"
            ? "The public keeps seeing the published revision until the change is approved."
            : undefined
        }
      />
    </>
  );
}
