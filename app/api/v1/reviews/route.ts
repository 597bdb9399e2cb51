import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { z } from "zod";
import { listPendingReviews } from "@/lib/review/queries";
import { cursorField } from "@/lib/claims/keyset";
import { unauthorized } from "@/lib/errors";

/** The review queue (signed-in members): pending submissions with their diffs, by ?cursor=. */
export const GET = defineRoute({
  access: "member",
  query: z.object({ cursor: cursorField }),
  async handle({ user, query }) {
    if (!user) throw unauthorized();
    return NextResponse.json(await listPendingReviews(user, { cursor: query.cursor }));
  },
});
