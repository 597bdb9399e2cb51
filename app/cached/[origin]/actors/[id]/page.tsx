import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/actors/queries";
import { getActorTrackRecord } from "@/lib/actors/track-record";
import { readSpeakerRecord } from "@/lib/analytics/read-analytics";
import { originOf } from "@/lib/cache/page-routes";
import { AppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/site/origin";
import { ActorRecord, actorMetadata } from "@/components/actors/actor-record";

// The public actor page from the full route cache (lib/cache/page-routes.ts says who gets
// it): its first page of claims, dropped with the actor's tag when one of them changes.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string; id: string }> };

const load = cache(async (id: string) => {
  try {
    return await getActor(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { origin, id } = await params;
  return actorMetadata(await load(id), await publicOrigin(originOf(origin)));
}

export default async function CachedActorPage({ params }: Props) {
  const actor = await load((await params).id);
  if (actor.mergedIntoId) redirect(`/actors/${actor.mergedIntoId}`);
  const [speaker, record] = await Promise.all([
    readSpeakerRecord(actor.id),
    getActorTrackRecord(null, actor.id, { scope: "public" }),
  ]);
  return (
    <article>
      <ActorRecord actor={actor} record={record} speaker={speaker} cursor={null} invalid={false} />
    </article>
  );
}
