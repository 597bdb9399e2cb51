import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { previewCandidates } from "@/lib/intake/preview-candidates";
import { refuseOversizedBody } from "@/lib/sources/body-limit";

/**
 * Scans an article for candidate claims (analyst and above). Body:
 * `{ text, url?, title?, outlet?, publishedAt? }`; answers `{ candidates: [...] }` and
 * stores nothing. The role is checked before the body is read.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, "intake.preview");
    refuseOversizedBody(request);
    return NextResponse.json(await previewCandidates(user, await readJsonBody(request)));
  });
}
