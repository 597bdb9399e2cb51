import { countPublishedByOutcome, listClaims } from "@/lib/claims/queries";
import { OUTCOME_LABELS } from "@/lib/scales";
import { ClaimList } from "@/components/claims/claim-list";

// Public: the latest published claims, read as an anonymous visitor whoever is signed in.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [latest, counts] = await Promise.all([
    listClaims(null, { scope: "public", pageSize: 20 }),
    countPublishedByOutcome(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">Claims in the news, followed up</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Each claim is tied to the exact words in its sources, graded, reviewed by a second analyst
        before publication, and tracked until we know whether it held.
      </p>
      <section aria-labelledby="counts" className="mt-8">
        <h2 id="counts" className="text-xl font-semibold">
          Published claims by outcome
        </h2>
        <dl className="mt-3 flex flex-wrap gap-4">
          {counts.map((c) => (
            <div key={c.outcome} className="rounded border border-stone-300 bg-white px-4 py-2">
              <dt className="text-sm text-stone-700">{OUTCOME_LABELS[c.outcome]}</dt>
              <dd className="text-2xl font-bold">{c.count}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="latest" className="mt-8">
        <h2 id="latest" className="mb-3 text-xl font-semibold">
          Latest published claims
        </h2>
        <ClaimList claims={latest.items} empty="Nothing has been published yet." />
      </section>
    </>
  );
}
