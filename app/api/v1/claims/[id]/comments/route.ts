import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { createComment } from "@/lib/comments/create-comment";
import { listCommentsForClaim } from "@/lib/comments/queries";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";

type Context = { params: Promise<{ id: string }> };

/** The team's comments on a claim, oldest first. Members only: anonymous callers get 401. */
export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const items = await listCommentsForClaim(await getCurrentUser(), id);
    return NextResponse.json({ claimId: id, items });
  });
}

/** Adds a comment (any member); answers 201 with it. */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, createComment.action);
    if (!isRecordId(id)) throw notFound("Claim");
    const body = await readJsonBody(request);
    const comment = await createComment.execute(user, { ...body, claimId: id });
    return NextResponse.json(comment, { status: 201 });
  });
}
