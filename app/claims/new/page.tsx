import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { listActiveTopics } from "@/lib/topics/queries";
import { ClaimForm } from "@/components/claims/claim-form";
import { createClaimAction } from "@/lib/claims/actions";

export const metadata: Metadata = { title: "New claim", robots: { index: false } };

export default async function NewClaimPage() {
  const user = await requireUser("/claims/new");
  requirePermission(user, "claim.create");
  const topics = await listActiveTopics();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New claim</h1>
      <ClaimForm
        action={createClaimAction}
        topics={topics}
        draftKey="claim:new"
        returnTo="/claims/new"
        submitLabel="Save draft"
      />
    </>
  );
}
