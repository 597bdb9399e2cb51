import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";
import { findCitation } from "@/lib/citations/queries";
import { citationParams } from "@/lib/api/params";

/** Withdraws a citation (analyst and above): `{reason}`. Answers the citation as it stands. */
export const POST = defineRoute({
  access: withdrawCitation.action,
  params: citationParams,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const { id, citationId } = params;
    await withdrawCitation.execute(user, { ...body, claimId: id, citationId });
    return NextResponse.json(await findCitation(id, citationId, "internal"));
  },
});
