import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import type { ClaimScope } from "@/lib/claims/visibility";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { listSources } from "@/lib/sources/queries";
import { CitationItem } from "@/components/citations/citation-item";
import { AddCitationForm } from "@/components/claims/member-forms";
import { addCitationAction } from "@/components/citations/add-citation-action";

/** The claim page's sources: each citation's quote in context with its grades. */
export async function CitationsSection({ claimId, scope }: { claimId: string; scope: ClaimScope }) {
  const user = await getCurrentUser();
  const canCite = scope === "internal" && user !== null && can(user.role, "citation.create");
  const [citations, recent] = await Promise.all([
    listCitationsForClaim(claimId, scope),
    canCite ? listSources(user, { pageSize: 20 }) : null,
  ]);
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
            <CitationItem key={c.id} citation={c} showLibraryLink={scope === "internal"} />
          ))}
        </ul>
      )}
      {recent ? (
        <AddCitationForm
          action={addCitationAction.bind(null, claimId)}
          sources={recent.items.map((s) => ({
            id: s.id,
            title: s.title,
            outlet: s.outlet,
            reliability: s.reliability,
          }))}
        />
      ) : null}
    </section>
  );
}
