import "server-only";
import { notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZTopicPatch } from "@/lib/topics/schemas";
import { assertNameFree } from "@/lib/topics/topic-names";

/**
 * Renames, archives or unarchives a topic. The slug stays as it was, so links to the topic
 * keep working after a rename. An archived topic stays on the claims that have it but is not
 * offered for new ones.
 */
export const updateTopic = defineMutation({
  action: "topic.manage",
  input: ZTopicPatch,
  // Published claims show actor and topic names.
  changesPublicContent: true,
  async run({ tx, audit }, { id, name, archived }) {
    const current = await tx.topic.findUnique({ where: { id } });
    if (!current) throw notFound("Topic");
    if (name !== undefined && name !== current.name) await assertNameFree(tx, name, id);
    const archivedAt =
      archived === undefined ? undefined : archived ? (current.archivedAt ?? new Date()) : null;
    const updated = await tx.topic.update({ where: { id }, data: { name, archivedAt } });
    await audit({
      action: "topic.update",
      entityType: "Topic",
      entityId: id,
      before: current,
      after: updated,
    });
    return { id, slug: updated.slug };
  },
});
