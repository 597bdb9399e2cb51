import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { createComment } from "@/lib/comments/create-comment";
import { listCommentsForClaim } from "@/lib/comments/queries";

const params = idParams("Claim");

/** The team's comments on a claim, oldest first. Members only: anonymous callers get 401. */
export const GET = defineRoute({
  access: "member",
  params,
  async handle({ user, params }) {
    const items = await listCommentsForClaim(user, params.id);
    return NextResponse.json({ claimId: params.id, items });
  },
});

/** Adds a comment (any member); answers 201 with it. */
export const POST = defineRoute({
  access: createComment.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const comment = await createComment.execute(user, { ...body, claimId: params.id });
    return NextResponse.json(comment, { status: 201 });
  },
});
