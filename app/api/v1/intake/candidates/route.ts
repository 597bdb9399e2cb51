import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { SOURCE_BODY_MAX_BYTES } from "@/lib/forms/query";
import { previewCandidates } from "@/lib/intake/preview-candidates";

/**
 * Scans an article for candidate claims (analyst and above). Body:
 * `{ text, url?, title?, outlet?, publishedAt? }`; answers `{ candidates: [...] }` and
 * stores nothing. The role is checked before the body is read.
 */
export const POST = defineRoute({
  access: "intake.preview",
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  handle: async ({ user, body }) => NextResponse.json(await previewCandidates(user, body)),
});
