import { defineRoute } from "@/lib/api/route";
import { ZExportQuery } from "@/lib/api/claims-query";
import { claimsJson } from "@/lib/public/export-formats";
import { publicOrigin } from "@/lib/site/origin";
import { textStream } from "@/lib/public/text-stream";

export const dynamic = "force-dynamic";

/**
 * Every published claim matching the /claims filters (q, kind, outcome, topic, actor, from,
 * to) as JSON, in the public reading whoever asks. A bad filter is a 400 naming it, answered
 * before the first byte of the file.
 */
export const GET = defineRoute({
  query: ZExportQuery,
  async handle({ query }) {
    const origin = await publicOrigin();
    return new Response(textStream(claimsJson(query, origin)), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="claimwatch-claims.json"',
      },
    });
  },
});
