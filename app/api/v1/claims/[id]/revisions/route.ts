import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { listRevisions } from "@/lib/claims/revision-history";
import { unauthorized } from "@/lib/errors";

/** Every revision of a claim with its author and content (signed-in members). */
export const GET = defineRoute({
  access: "member",
  params: idParams("Claim"),
  async handle({ user, params }) {
    if (!user) throw unauthorized();
    return NextResponse.json(await listRevisions(user, params.id));
  },
});
