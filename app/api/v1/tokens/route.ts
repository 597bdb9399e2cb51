import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { hasBearerToken } from "@/lib/api/same-origin";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";

/** The caller's own personal API tokens (never the token values). */
export const GET = defineRoute({
  access: "token.manage",
  handle: async ({ user }) => NextResponse.json(await listOwnApiTokens(user)),
});

/**
 * Creates a personal API token named `name`; answers 201 with it and its `token`, shown this
 * once. Only from a signed-in session: a token cannot mint more tokens, so a leaked one can be
 * revoked for good rather than having spawned copies.
 */
export const POST = defineRoute({
  access: createApiToken.action,
  body: ZMutationBody,
  async handle({ request, user, body }) {
    if (hasBearerToken(request.headers)) {
      throw new AppError(
        "FORBIDDEN",
        "Create API tokens from a signed-in session, not with another API token.",
      );
    }
    const { apiToken, token } = await createApiToken.execute(user, body);
    return NextResponse.json(
      { ...apiToken, token },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  },
});
