/** A topic as pages and the API show it. */
export interface TopicView {
  id: string;
  name: string;
  slug: string;
  archivedAt: string | null;
}

export function toTopicView(t: {
  id: string;
  name: string;
  slug: string;
  archivedAt: Date | null;
}): TopicView {
  return { id: t.id, name: t.name, slug: t.slug, archivedAt: t.archivedAt?.toISOString() ?? null };
}
