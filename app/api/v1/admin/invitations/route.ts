import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { invitationLink } from "@/lib/admin/request-origin";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/queries";

/** The most recent invitations with their state (never their links). Admins only. */
export function GET() {
  return handleApi(async () => NextResponse.json(await listInvitations(await getCurrentUser())));
}

/**
 * Invites `email` with `role`; answers 201 with the invitation and its `link`. The link is
 * shown this once (only its hash is stored): pass it on to the person invited.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createInvitation.action);
    const body = await readJsonBody(request);
    const { invitation, token } = await createInvitation.execute(user, body);
    return NextResponse.json(
      { ...invitation, link: await invitationLink(token) },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  });
}
