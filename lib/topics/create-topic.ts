import "server-only";
import { defineMutation } from "@/lib/mutation";
import { ZTopicInput } from "@/lib/topics/schemas";
import { assertNameFree, freeSlug } from "@/lib/topics/topic-names";

/** Creates a topic; its slug comes from the name and never changes afterwards. */
export const createTopic = defineMutation({
  action: "topic.manage",
  input: ZTopicInput,
  async run({ tx, audit }, { name }) {
    await assertNameFree(tx, name);
    const topic = await tx.topic.create({ data: { name, slug: await freeSlug(tx, name) } });
    await audit({ action: "topic.create", entityType: "Topic", entityId: topic.id, after: topic });
    return { id: topic.id, slug: topic.slug };
  },
});
