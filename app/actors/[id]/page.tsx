import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { getActor } from "@/lib/actors/queries";
import { getActorTrackRecord } from "@/lib/actors/track-record";
import { publicOrigin } from "@/lib/site/origin";
import { ActorEditForm, MergeForms } from "@/components/actors/member-forms";
import { readSpeakerRecord } from "@/lib/analytics/read-analytics";
import { cursorParam } from "@/lib/claims/keyset";
import { ActorRecord, actorMetadata } from "@/components/actors/actor-record";
import { mergeActorsAction, updateActorAction } from "@/lib/actors/actions";

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
  return actorMetadata(await load((await params).id), await publicOrigin());
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
      <ActorRecord
        actor={actor}
        record={record}
        speaker={speaker}
        cursor={cursor}
        invalid={invalid}
      />

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
