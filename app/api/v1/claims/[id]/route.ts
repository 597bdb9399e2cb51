import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams, ZScopeQuery } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { getClaim } from "@/lib/claims/queries";
import { updateClaim } from "@/lib/claims/update-claim";

const params = idParams("Claim");

export const GET = defineRoute({
  params,
  query: ZScopeQuery,
  handle: async ({ user, params, query }) =>
    NextResponse.json(await getClaim(user, params.id, query.scope)),
});

/** Changes a claim; the body carries the `version` last read, and a stale one answers 409. */
export const PATCH = defineRoute({
  access: updateClaim.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    await updateClaim.execute(user, { ...body, id: params.id });
    return NextResponse.json(await getClaim(user, params.id, "internal"));
  },
});
