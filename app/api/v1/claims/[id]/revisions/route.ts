import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { listRevisions } from "@/lib/claims/revision-history";
import { unauthorized } from "@/lib/errors";

type Context = { params: Promise<{ id: string }> };

/** Every revision of a claim with its author and content (signed-in members). */
export function GET(_request: Request, { params }: Context) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    if (!user) throw unauthorized();
    return NextResponse.json(await listRevisions(user, (await params).id));
  });
}
