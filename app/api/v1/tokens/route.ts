import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/mutation";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";

/** The caller's own personal API tokens (never the token values). */
export function GET() {
  return handleApi(async () => NextResponse.json(await listOwnApiTokens(await getCurrentUser())));
}

/**
 * Creates a personal API token named `name`; answers 201 with it and its `token`, shown this
 * once. Only from a signed-in session: a token cannot mint more tokens, so a leaked one can be
 * revoked for good rather than having spawned copies.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createApiToken.action);
    if (/^Bearer\b/i.test(request.headers.get("authorization") ?? "")) {
      throw new AppError(
        "FORBIDDEN",
        "Create API tokens from a signed-in session, not with another API token.",
      );
    }
    const body = await readJsonBody(request);
    const { apiToken, token } = await createApiToken.execute(user, body);
    return NextResponse.json(
      { ...apiToken, token },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  });
}
