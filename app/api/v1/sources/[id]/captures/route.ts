import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/ids";
import { authorize } from "@/lib/mutation";
import { refuseOversizedBody } from "@/lib/sources/body-limit";
import { recaptureSource } from "@/lib/sources/recapture-source";

type Context = { params: Promise<{ id: string }> };

/**
 * Captures the source again (analyst and above): `{ capturedText, captureMethod? }`. 201 with
 * `{ outcome: "changed", captureNumber, checks }` when the text differs from the latest
 * capture (a new version; every citation re-checked), 200 with `{ outcome: "unchanged" }`
 * when it is the same (only the check time is recorded).
 */
export function POST(request: Request, { params }: Context) {
  return handleApi(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    authorize(user, recaptureSource.action);
    if (!isRecordId(id)) throw notFound("Source");
    refuseOversizedBody(request);
    const result = await recaptureSource.execute(user, { ...(await readJsonBody(request)), id });
    return NextResponse.json(result, { status: result.outcome === "changed" ? 201 : 200 });
  });
}
