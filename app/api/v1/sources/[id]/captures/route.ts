import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { SOURCE_BODY_MAX_BYTES } from "@/lib/forms/query";
import { recaptureSource } from "@/lib/sources/recapture-source";

/**
 * Captures the source again (analyst and above): `{ capturedText, captureMethod? }`. 201 with
 * `{ outcome: "changed", captureNumber, checks }` when the text differs from the latest
 * capture (a new version; every citation re-checked), 200 with `{ outcome: "unchanged" }`
 * when it is the same (only the check time is recorded).
 */
export const POST = defineRoute({
  access: recaptureSource.action,
  params: idParams("Source"),
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  async handle({ user, params, body }) {
    const result = await recaptureSource.execute(user, { ...body, id: params.id });
    return NextResponse.json(result, { status: result.outcome === "changed" ? 201 : 200 });
  },
});
