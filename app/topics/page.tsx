import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listTopics } from "@/lib/topics/queries";
import type { TopicView } from "@/lib/topics/topic-view";
import { TopicCreateForm } from "@/components/topics/topic-create-form";
import { createTopicAction } from "./actions";

export const metadata: Metadata = {
  title: "Topics",
  description: "The topics that published claims are filed under, each with its list of claims.",
};

function TopicLinks({ topics, empty }: { topics: TopicView[]; empty: string }) {
  if (topics.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {topics.map((t) => (
        <li key={t.id}>
          <Link href={`/topics/${encodeURIComponent(t.slug)}`}>{t.name}</Link>
        </li>
      ))}
    </ul>
  );
}

export default async function TopicsPage() {
  const [user, topics] = await Promise.all([getCurrentUser(), listTopics()]);
  const active = topics.filter((t) => !t.archivedAt);
  const archived = topics.filter((t) => t.archivedAt);
  return (
    <>
      <h1 className="text-2xl font-bold">Topics</h1>
      <section aria-labelledby="active" className="mt-6">
        <h2 id="active" className="text-xl font-semibold">
          Current topics
        </h2>
        <TopicLinks topics={active} empty="No topics yet." />
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
