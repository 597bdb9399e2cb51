import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { can } from "@/lib/auth/policy";
import { ZApiTokenRef } from "@/lib/api-tokens/schemas";
import { apiTokenRowSelect, toApiTokenRow } from "@/lib/api-tokens/api-token-row";

/**
 * A member revokes one of their own tokens; an admin may revoke anyone's. A revoked token is
 * refused from the very next request. Someone else's token is "not found" to a non-admin, so
 * token ids reveal nothing.
 */
export const revokeApiToken = defineMutation({
  action: "token.manage",
  input: ZApiTokenRef,
  async run({ tx, user, audit }, { id }) {
    const ownerOnly = can(user.role, "user.manage") ? {} : { userId: user.id };
    const current = await tx.apiToken.findFirst({ where: { id, ...ownerOnly } });
    if (!current) throw notFound("API token");
    const now = new Date();
    const revoked = await tx.apiToken.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) throw new AppError("CONFLICT", "This token is already revoked.");
    const token = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: apiTokenRowSelect });
    await audit({
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: id,
      before: { revokedAt: null },
      after: { name: current.name, userId: current.userId, revokedAt: now },
    });
    return toApiTokenRow(token);
  },
});
