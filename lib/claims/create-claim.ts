import "server-only";
import { defineMutation } from "@/lib/mutation";
import { ZClaimInput } from "@/lib/claims/schemas";
import { checkReferences, writeRevision } from "@/lib/claims/revisions";

/** An analyst logs a new claim: a DRAFT with its first revision. */
export const createClaim = defineMutation({
  action: "claim.create",
  input: ZClaimInput,
  async run({ tx, user, audit }, input) {
    await checkReferences(tx, input);
    const { topicIds, ...fields } = input;
    const claim = await tx.claim.create({
      data: {
        ...fields,
        createdById: user.id,
        topics: { create: [...new Set(topicIds)].map((topicId) => ({ topicId })) },
      },
    });
    await writeRevision(tx, claim.id, claim.version, input, user.id);
    await audit({ action: "claim.create", entityType: "Claim", entityId: claim.id, after: input });
    return { id: claim.id, version: claim.version };
  },
});
