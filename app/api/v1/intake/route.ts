import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { createIntake } from "@/lib/intake/create-intake";
import { refuseOversizedBody } from "@/lib/sources/body-limit";

/**
 * Creates an intake (analyst and above): the source with its captured copy (or the stored
 * one) and the ticked candidates as DRAFT claims or citations on existing claims, in one
 * transaction. 201 when anything was written, 200 when it was all already there (a repeat).
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createIntake.action);
    refuseOversizedBody(request);
    const result = await createIntake.execute(user, await readJsonBody(request));
    const wrote = result.sourceCreated || result.items.some((i) => i.created);
    return NextResponse.json(result, { status: wrote ? 201 : 200 });
  });
}
