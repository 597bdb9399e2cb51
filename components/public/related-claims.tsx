import { listRelatedClaims } from "@/lib/public/related-claims";
import { ClaimList } from "@/components/claims/claim-list";

/** Published claims by the same claimant or on the same topics; nothing when there are none. */
export async function RelatedClaims({
  claimId,
  claimantId,
  topicIds,
}: {
  claimId: string;
  claimantId: string;
  topicIds: string[];
}) {
  const related = await listRelatedClaims({ id: claimId, claimantId, topicIds });
  if (related.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="related">
      <h2 id="related" className="mb-3 text-lg font-semibold">
        Related claims
      </h2>
      <ClaimList claims={related} empty="" />
    </section>
  );
}
