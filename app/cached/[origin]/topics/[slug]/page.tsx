import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { getTopicBySlug } from "@/lib/topics/queries";
import { listTopicClaims } from "@/lib/topics/topic-claims";
import { TopicClaims, topicMetadata, topicSlugParam } from "@/components/topics/topic-claims";

// The public topic page from the full route cache (lib/cache/page-routes.ts says who gets
// it): its first page of claims, dropped with the topic's tag when one of them changes.
export const dynamic = "error";
export const generateStaticParams = () => [];

type Props = { params: Promise<{ origin: string; slug: string }> };

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

export default async function CachedTopicPage({ params }: Props) {
  const topic = await load((await params).slug);
  const claims = await listTopicClaims(null, topic.slug, { scope: "public" });
  return <TopicClaims topic={topic} claims={claims} cursor={null} invalid={false} />;
}
