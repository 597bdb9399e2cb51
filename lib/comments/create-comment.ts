import "server-only";
import { notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { resolveClaimScope, visibleClaimsWhere } from "@/lib/claims/visibility";
import { ZCommentInput } from "@/lib/comments/schemas";

/** A member comments on a claim they can see. Comments are internal: never public. */
export const createComment = defineMutation({
  action: "comment.create",
  input: ZCommentInput,
  async run({ tx, user, audit }, input) {
    const scope = resolveClaimScope(user, "internal");
    const claim = await tx.claim.findFirst({
      where: { AND: [{ id: input.claimId }, visibleClaimsWhere(scope)] },
      select: { id: true },
    });
    if (!claim) throw notFound("Claim");
    const comment = await tx.comment.create({ data: { ...input, authorId: user.id } });
    await audit({
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      after: input,
    });
    return {
      id: comment.id,
      claimId: comment.claimId,
      body: comment.body,
      author: { id: user.id, name: user.name },
      createdAt: comment.createdAt.toISOString(),
    };
  },
});
