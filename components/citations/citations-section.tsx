import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import type { ClaimScope } from "@/lib/claims/visibility";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { listSources } from "@/lib/sources/queries";
import { findRepeats } from "@/lib/intake/independence";
import { CitationItem } from "@/components/citations/citation-item";
import { AddCitationForm, CitationCorrectionForms } from "@/components/claims/member-forms";
import { addCitationAction } from "@/lib/citations/actions";
import { correctCitationAction, withdrawCitationAction } from "@/lib/citations/actions";
import type { CitationView } from "@/lib/citations/queries";

function CorrectionTools({ claimId, c }: { claimId: string; c: CitationView }) {
  if (c.state !== "APPROVED" && c.state !== "PENDING") return null;
  return (
    <CitationCorrectionForms
      citationId={c.id}
      quote={c.exact}
      credibility={c.credibility}
      note={c.note}
      approved={c.state === "APPROVED"}
      correct={correctCitationAction.bind(null, claimId, c.id)}
      withdraw={withdrawCitationAction.bind(null, claimId, c.id)}
    />
  );
}

/** The claim page's sources: each citation's quote in context with its grades. */
export async function CitationsSection({ claimId, scope }: { claimId: string; scope: ClaimScope }) {
  // The public reading has no member tools, and a cached page cannot read the session.
  const user = scope === "internal" ? await getCurrentUser() : null;
  const canCite = scope === "internal" && user !== null && can(user.role, "citation.create");
  const canCorrect = scope === "internal" && user !== null && can(user.role, "citation.correct");
  const [all, recent] = await Promise.all([
    listCitationsForClaim(claimId, scope),
    canCite ? listSources(user, { pageSize: 20 }) : null,
  ]);
  const citations = all.filter((c) => c.state !== "RETIRED");
  const retired = all.filter((c) => c.state === "RETIRED");
  // With two or more sources, say which are independent and which repeat another's quote.
  const repeats = citations.length > 1 ? findRepeats(citations) : null;
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
            <CitationItem
              key={c.id}
              citation={c}
              showLibraryLink={scope === "internal"}
              tools={canCorrect ? <CorrectionTools claimId={claimId} c={c} /> : null}
              repeats={repeats ? (repeats.get(c.id) ?? null) : undefined}
            />
          ))}
        </ul>
      )}
      {retired.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">
            Withdrawn and replaced citations ({retired.length})
          </summary>
          <ul className="mt-2 space-y-4">
            {retired.map((c) => (
              <CitationItem key={c.id} citation={c} showLibraryLink />
            ))}
          </ul>
        </details>
      ) : null}
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
