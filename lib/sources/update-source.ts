import "server-only";
import { notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZSourcePatch } from "@/lib/sources/schemas";

const describedFields = {
  title: true,
  outlet: true,
  author: true,
  publishedAt: true,
  kind: true,
  language: true,
  reliability: true,
} as const;

/** Changes a source's description or reliability grade; absent fields stay as they are. */
export const updateSource = defineMutation({
  action: "source.update",
  input: ZSourcePatch,
  // Approved citations show the source's title, outlet and grade to the public.
  changesPublicContent: true,
  async run({ tx, audit }, { id, ...changes }) {
    const before = await tx.source.findUnique({ where: { id }, select: describedFields });
    if (!before) throw notFound("Source");
    const after = await tx.source.update({ where: { id }, data: changes, select: describedFields });
    await audit({ action: "source.update", entityType: "Source", entityId: id, before, after });
    return { id };
  },
});
