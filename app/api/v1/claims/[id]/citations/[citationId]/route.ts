import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { citationParams } from "@/lib/api/params";
import { correctCitation } from "@/lib/citations/correct-citation";
import { findCitation } from "@/lib/citations/queries";

/**
 * Corrects a citation (analyst and above): `{quote, credibility 1–6, note?}`. Answers the
 * corrected citation: the same one when it was not yet approved, else its replacement,
 * which waits for review.
 */
export const PATCH = defineRoute({
  access: correctCitation.action,
  params: citationParams,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    const { id, citationId } = params;
    const result = await correctCitation.execute(user, { ...body, claimId: id, citationId });
    return NextResponse.json(await findCitation(id, result.id, "internal"));
  },
});
