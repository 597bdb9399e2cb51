import type { Metadata } from "next";
import { ACTOR_KIND_LABELS } from "@/lib/actors/kind-labels";
import type { ActorView } from "@/lib/actors/actor-view";
import type { TrackRecord } from "@/lib/actors/track-record";
import type { readSpeakerRecord } from "@/lib/analytics/read-analytics";
import { describeTotal } from "@/lib/claims/keyset";
import { OutcomeCounts } from "@/components/actors/outcome-counts";
import { SpeakerRecord } from "@/components/analytics/speaker-record";
import { ClaimList } from "@/components/claims/claim-list";
import { CursorPager } from "@/components/ui/cursor-pager";

/** An actor page's metadata; `origin` is the site's public origin. */
export function actorMetadata(actor: ActorView, origin: string): Metadata {
  const about = [ACTOR_KIND_LABELS[actor.kind], actor.affiliation].filter(Boolean).join(", ");
  return {
    title: actor.name,
    description: `${actor.name} (${about}): the claims they made in the news, with their sources, and how each turned out.`,
    // A merged duplicate redirects to the actor that absorbed it, which is the page to index.
    alternates: { canonical: `${origin}/actors/${actor.mergedIntoId ?? actor.id}` },
  };
}

/**
 * An actor's page without the member tools: name, aliases and their track record, one
 * keyset page of claims (`cursor` null for the first); shared by the dynamic page and the
 * cached one.
 */
export function ActorRecord({
  actor,
  record,
  speaker,
  cursor,
  invalid,
}: {
  actor: ActorView;
  record: TrackRecord;
  speaker: Awaited<ReturnType<typeof readSpeakerRecord>>;
  cursor: string | null;
  invalid: boolean;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold">{actor.name}</h1>
      <p className="text-stone-700">
        {[ACTOR_KIND_LABELS[actor.kind], actor.affiliation].filter(Boolean).join(" · ")}
      </p>
      {actor.description ? <p className="mt-3 max-w-2xl">{actor.description}</p> : null}
      {actor.aliases.length > 0 ? (
        <section aria-labelledby="aliases" className="mt-4">
          <h2 id="aliases" className="font-semibold">
            Also known as
          </h2>
          <ul className="flex flex-wrap gap-2">
            {actor.aliases.map((a) => (
              <li key={a.id} className="rounded bg-stone-200 px-2 py-0.5">
                {a.alias}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="track-record" className="mt-8">
        <h2 id="track-record" className="text-xl font-semibold">
          Track record
        </h2>
        <p className="text-stone-700">
          {describeTotal(record, "claim")}
          {record.scope === "public" ? " published" : ", including unpublished ones"}
        </p>
        <OutcomeCounts counts={record.counts} />
        {invalid ? <p role="alert">That page link is not valid; this is the first page.</p> : null}
        <SpeakerRecord record={speaker} />
        <div className="mt-4">
          <ClaimList
            claims={record.items}
            showEditorial={record.scope === "internal"}
            empty="No claims by this actor yet."
          />
        </div>
        <CursorPager
          cursor={cursor}
          nextCursor={record.nextCursor}
          href={(c) => `/actors/${actor.id}${c ? `?cursor=${c}` : ""}`}
          label="Track record pages"
        />
      </section>
    </>
  );
}
