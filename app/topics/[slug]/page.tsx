import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getTopicBySlug } from "@/lib/topics/queries";
import { listTopicClaims } from "@/lib/topics/topic-claims";
import { ClaimList } from "@/components/claims/claim-list";
import { TopicManageForms } from "@/components/topics/topic-manage-forms";
import { CursorPager } from "@/components/ui/cursor-pager";
import { cursorParam, describeTotal } from "@/lib/claims/keyset";
import { updateTopicAction } from "../actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function decoded(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

// Cached so that the metadata and the page share one lookup per request.
const load = cache(async (slug: string) => {
  try {
    return await getTopicBySlug(decoded(slug));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await load((await params).slug);
  return {
    title: name,
    description: `Claims made in the news about ${name}, with their sources and how each turned out.`,
  };
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
      <h1 className="text-2xl font-bold">{topic.name}</h1>
      {topic.archivedAt ? (
        <p className="mt-1 text-stone-700">Archived topic: no longer offered for new claims.</p>
      ) : null}
      <section aria-labelledby="claims" className="mt-6">
        <h2 id="claims" className="mb-3 text-xl font-semibold">
          {describeTotal(claims, "claim")}
        </h2>
        {invalid ? <p role="alert">That page link is not valid; this is the first page.</p> : null}
        <ClaimList
          claims={claims.items}
          showEditorial={claims.scope === "internal"}
          empty="No claims on this topic yet."
        />
        <CursorPager
          cursor={cursor}
          nextCursor={claims.nextCursor}
          href={(c) => `/topics/${encodeURIComponent(topic.slug)}${c ? `?cursor=${c}` : ""}`}
        />
      </section>
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
