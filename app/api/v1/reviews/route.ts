import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { listPendingReviews } from "@/lib/review/queries";
import { unauthorized } from "@/lib/errors";

/** The review queue (signed-in members): pending submissions with their diffs. */
export function GET() {
  return handleApi(async () => {
    const user = await getCurrentUser();
    if (!user) throw unauthorized();
    return NextResponse.json({ items: await listPendingReviews(user) });
  });
}
