import type { Metadata } from "next";
import type { ClaimPage } from "@/lib/claims/search-claims";
import type { ClaimScope } from "@/lib/claims/visibility";
import { describeTotal } from "@/lib/claims/keyset";
import type { TopicView } from "@/lib/topics/topic-view";
import { ClaimList } from "@/components/claims/claim-list";
import { CursorPager } from "@/components/ui/cursor-pager";

/** The topic slug of a page's `[slug]` segment, decoded when it was percent-encoded. */
export function topicSlugParam(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** A topic page's metadata. */
export function topicMetadata({ name }: { name: string }): Metadata {
  return {
    title: name,
    description: `Claims made in the news about ${name}, with their sources and how each turned out.`,
  };
}

/**
 * A topic's page without the member tools: one keyset page of its claims (`cursor` null for
 * the first); shared by the dynamic page and the cached one.
 */
export function TopicClaims({
  topic,
  claims,
  cursor,
  invalid,
}: {
  topic: TopicView;
  claims: ClaimPage & { scope: ClaimScope };
  cursor: string | null;
  invalid: boolean;
}) {
  return (
    <>
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
    </>
  );
}
