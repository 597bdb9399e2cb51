import { handleApi } from "@/lib/api/respond";
import { parseExportFilters } from "@/lib/api/claims-query";
import { claimsJson } from "@/lib/public/export-formats";
import { publicOrigin } from "@/lib/public/origin";
import { textStream } from "@/lib/public/text-stream";

export const dynamic = "force-dynamic";

/**
 * Every published claim matching the /claims filters (q, kind, outcome, topic, actor, from,
 * to) as JSON, in the public reading whoever asks. A bad filter is a 400 naming it.
 */
export function GET(request: Request) {
  return handleApi(async () => {
    const filters = parseExportFilters(new URL(request.url));
    const origin = await publicOrigin();
    return new Response(textStream(claimsJson(filters, origin)), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="claimwatch-claims.json"',
      },
    });
  });
}
