import type { ClaimScope } from "@/lib/claims/visibility";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { CitationItem } from "@/components/citations/citation-item";

/** The claim page's sources: each citation's quote in context with its grades. */
export async function CitationsSection({ claimId, scope }: { claimId: string; scope: ClaimScope }) {
  const citations = await listCitationsForClaim(claimId, scope);
  return (
    <section className="mt-8" aria-labelledby="citations">
      <h2 id="citations" className="text-lg font-semibold">
        Sources
      </h2>
      {citations.length === 0 ? (
        <p className="text-stone-700">No citations yet.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {citations.map((c) => (
            <CitationItem key={c.id} citation={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
