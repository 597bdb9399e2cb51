import "server-only";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { hashSecretToken, newSecretToken } from "@/lib/admin/secret-token";
import { ZApiTokenInput } from "@/lib/api-tokens/schemas";
import { apiTokenRowSelect, toApiTokenRow } from "@/lib/api-tokens/api-token-row";

/** Recognisable in logs and secret scanners, like GitHub's "ghp_". */
export const TOKEN_PREFIX = "cw_";
export const MAX_ACTIVE_TOKENS = 25;

/**
 * A member creates a personal API token for scripts. The token acts as its owner, with the
 * owner's role at the time of each request. It is returned once; only its SHA-256 is stored.
 */
export const createApiToken = defineMutation({
  action: "token.manage",
  input: ZApiTokenInput,
  async run({ tx, user, audit }, { name }) {
    const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError(
        "CONFLICT",
        `You already have ${MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer use first.`,
      );
    }
    const token = newSecretToken(TOKEN_PREFIX);
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hashSecretToken(token) },
      select: apiTokenRowSelect,
    });
    await audit({
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name, userId: user.id },
    });
    return { apiToken: toApiTokenRow(created), token };
  },
});
