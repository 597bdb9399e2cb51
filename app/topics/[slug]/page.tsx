import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getTopicBySlug } from "@/lib/topics/queries";
import { listTopicClaims } from "@/lib/topics/topic-claims";
import { TopicManageForms } from "@/components/topics/topic-manage-forms";
import { cursorParam } from "@/lib/claims/keyset";
import { TopicClaims, topicMetadata, topicSlugParam } from "@/components/topics/topic-claims";
import { updateTopicAction } from "@/lib/topics/actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Cached so that the metadata and the page share one lookup per request.
const load = cache(async (slug: string) => {
  try {
    return await getTopicBySlug(topicSlugParam(slug));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return topicMetadata(await load((await params).slug));
}

/** A topic's claims, as the reader may see them. */
export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await load((await params).slug);
  const query = await searchParams;
  const { cursor, invalid } = cursorParam(query.cursor);
  const user = await getCurrentUser();
  const claims = await listTopicClaims(user, topic.slug, {
    scope: user ? "internal" : "public",
    cursor,
  });
  return (
    <>
      {query.saved ? (
        <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-950">
          Topic saved.
        </p>
      ) : null}
      <TopicClaims topic={topic} claims={claims} cursor={cursor} invalid={invalid} />
      {user && can(user.role, "topic.manage") ? (
        <section aria-labelledby="manage" className="mt-10 border-t border-stone-300 pt-6">
          <h2 id="manage" className="mb-4 text-xl font-semibold">
            Manage topic
          </h2>
          <TopicManageForms
            key={`${topic.name}|${topic.archivedAt}`}
            action={updateTopicAction}
            topic={topic}
          />
        </section>
      ) : null}
    </>
  );
}
