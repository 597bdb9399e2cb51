import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { SOURCE_BODY_MAX_BYTES } from "@/lib/forms/query";
import { previewCandidates } from "@/lib/intake/preview-candidates";
import { findStoredSource } from "@/lib/sources/stored-source";

/**
 * Scans an article for candidate claims (analyst and above). Body:
 * `{ text, url?, title?, outlet?, publishedAt? }`; answers `{ candidates: [...],
 * storedSource }` and stores nothing. `storedSource` is the library's source at `url` with
 * its latest capture and whether `text` still matches it (null for a new address): send
 * `source.recapture: true` to POST /intake to record a changed text as a new capture.
 * The role is checked before the body is read.
 */
export const POST = defineRoute({
  access: "intake.preview",
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  async handle({ user, body }) {
    const { candidates } = await previewCandidates(user, body);
    const { url, text } = body;
    const storedSource =
      typeof url === "string" && url.trim() && typeof text === "string"
        ? await findStoredSource(user, url, text)
        : null;
    return NextResponse.json({ candidates, storedSource });
  },
});
