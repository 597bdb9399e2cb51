import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { listPendingReviews } from "@/lib/review/queries";
import { unauthorized } from "@/lib/errors";

/** The review queue (signed-in members): pending submissions with their diffs. */
export const GET = defineRoute({
  access: "member",
  async handle({ user }) {
    if (!user) throw unauthorized();
    return NextResponse.json({ items: await listPendingReviews(user) });
  },
});
