import { listRelatedClaims } from "@/lib/claims/related-claims";
import { ClaimList } from "@/components/claims/claim-list";

/** Published claims by the same claimant or on the same topics; nothing when there are none. */
export async function RelatedClaims({
  claimId,
  claimantId,
  topics,
}: {
  claimId: string;
  claimantId: string;
  topics: { id: string; slug: string }[];
}) {
  const related = await listRelatedClaims({
    id: claimId,
    claimantId,
    topicIds: topics.map((t) => t.id),
    topicSlugs: topics.map((t) => t.slug),
  });
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
