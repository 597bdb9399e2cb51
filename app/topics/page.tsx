import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listTopicsWithCounts, type TopicWithCount } from "@/lib/topics/queries";
import { TopicCreateForm } from "@/components/topics/topic-create-form";
import { createTopicAction } from "@/lib/topics/actions";

export const metadata: Metadata = {
  title: "Topics",
  description: "The topics that published claims are filed under, each with its number of claims.",
};

const claims = (n: number) => `${n.toLocaleString("en-US")} published claim${n === 1 ? "" : "s"}`;

function TopicLinks({ topics, empty }: { topics: TopicWithCount[]; empty: string }) {
  if (topics.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {topics.map((t) => (
        <li key={t.id}>
          <Link href={`/topics/${encodeURIComponent(t.slug)}`}>{t.name}</Link>{" "}
          <span className="text-sm text-stone-700">— {claims(t.publishedClaims)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The topics page. Readers see the topics that published claims are filed under, with their
 * counts; members also see the topics no published claim uses yet, and managers a form for a
 * new one.
 */
export default async function TopicsPage() {
  const [user, topics] = await Promise.all([getCurrentUser(), listTopicsWithCounts()]);
  const member = user !== null && can(user.role, "claim.readInternal");
  const used = topics.filter((t) => t.publishedClaims > 0);
  const active = used.filter((t) => !t.archivedAt);
  const archived = used.filter((t) => t.archivedAt);
  const unused = topics.filter((t) => t.publishedClaims === 0);
  return (
    <>
      <h1 className="text-2xl font-bold">Topics</h1>
      <section aria-labelledby="active" className="mt-6">
        <h2 id="active" className="text-xl font-semibold">
          Current topics
        </h2>
        <TopicLinks topics={active} empty="No published claim is filed under a topic yet." />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived" className="mt-6">
          <h2 id="archived" className="text-xl font-semibold">
            Archived topics
          </h2>
          <p className="text-sm text-stone-700">No longer offered for new claims.</p>
          <TopicLinks topics={archived} empty="" />
        </section>
      ) : null}
      {member && unused.length > 0 ? (
        <section aria-labelledby="unused" className="mt-6">
          <h2 id="unused" className="text-xl font-semibold">
            Topics without published claims
          </h2>
          <p className="text-sm text-stone-700">
            Only members see these; they appear to readers once a claim filed under them is
            published.
          </p>
          <ul className="mt-2 flex flex-col gap-1">
            {unused.map((t) => (
              <li key={t.id}>
                <Link href={`/topics/${encodeURIComponent(t.slug)}`}>{t.name}</Link>
                {t.archivedAt ? <span className="text-sm text-stone-700"> (archived)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {user && can(user.role, "topic.manage") ? (
        <section aria-labelledby="new-topic" className="mt-10 border-t border-stone-300 pt-6">
          <h2 id="new-topic" className="mb-4 text-xl font-semibold">
            New topic
          </h2>
          <TopicCreateForm action={createTopicAction} />
        </section>
      ) : null}
    </>
  );
}
