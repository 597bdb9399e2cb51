import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { ACTOR_KIND_LABELS } from "@/lib/actors/kind-labels";
import { getActor } from "@/lib/actors/queries";
import { getActorTrackRecord } from "@/lib/actors/track-record";
import { publicOrigin } from "@/lib/public/origin";
import { ActorEditForm, MergeForms } from "@/components/actors/member-forms";
import { OutcomeCounts } from "@/components/actors/outcome-counts";
import { SpeakerRecord } from "@/components/analytics/speaker-record";
import { readSpeakerRecord } from "@/lib/analytics/read-analytics";
import { ClaimList } from "@/components/claims/claim-list";
import { CursorPager } from "@/components/ui/cursor-pager";
import { cursorParam, describeTotal } from "@/lib/claims/keyset";
import { mergeActorsAction, updateActorAction } from "./actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Cached so that the metadata and the page share one lookup per request.
const load = cache(async (id: string) => {
  try {
    return await getActor(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/** The duplicate named in `?merged=`, only if it really was merged into this actor. */
async function mergedDuplicate(param: string | string[] | undefined, actorId: string) {
  if (typeof param !== "string" || !isRecordId(param)) return null;
  const duplicate = await getActor(param).catch(() => null);
  return duplicate?.mergedIntoId === actorId ? duplicate : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await load((await params).id);
  const about = [ACTOR_KIND_LABELS[actor.kind], actor.affiliation].filter(Boolean).join(", ");
  return {
    title: actor.name,
    description: `${actor.name} (${about}): the claims they made in the news, with their sources, and how each turned out.`,
    // A merged duplicate redirects to the actor that absorbed it, which is the page to index.
    alternates: { canonical: `${await publicOrigin()}/actors/${actor.mergedIntoId ?? actor.id}` },
  };
}

/** An actor's track record: their claims as the reader may see them, and how they turned out. */
export default async function ActorPage({ params, searchParams }: Props) {
  const actor = await load((await params).id);
  // A merged duplicate is kept so that old links lead to the actor that absorbed it.
  if (actor.mergedIntoId) redirect(`/actors/${actor.mergedIntoId}`);
  const query = await searchParams;
  const { cursor, invalid } = cursorParam(query.cursor);
  const user = await getCurrentUser();
  const merged = await mergedDuplicate(query.merged, actor.id);
  const speaker = await readSpeakerRecord(actor.id);
  const record = await getActorTrackRecord(user, actor.id, {
    scope: user ? "internal" : "public",
    cursor,
  });

  return (
    <article>
      {query.saved ? (
        <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-950">
          Changes saved.
        </p>
      ) : null}
      {merged ? (
        <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-950">
          Merged: the claims, name and aliases of {merged.name} now belong to {actor.name}.
        </p>
      ) : null}
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

      {user && can(user.role, "actor.update") ? (
        <section aria-labelledby="edit" className="mt-10 border-t border-stone-300 pt-6">
          <h2 id="edit" className="mb-4 text-xl font-semibold">
            Edit actor
          </h2>
          <ActorEditForm key={actor.updatedAt} action={updateActorAction} actor={actor} />
        </section>
      ) : null}
      {user && can(user.role, "actor.merge") ? (
        <section aria-labelledby="merge" className="mt-10 border-t border-stone-300 pt-6">
          <h2 id="merge" className="text-xl font-semibold">
            Merge duplicates
          </h2>
          <p className="max-w-2xl text-stone-700">
            The duplicate&apos;s claims and their revisions move to the actor that remains, and its
            name and aliases become that actor&apos;s aliases. This cannot be undone here.
          </p>
          <MergeForms action={mergeActorsAction} actor={{ id: actor.id, name: actor.name }} />
        </section>
      ) : null}
    </article>
  );
}
