import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { invitationLink } from "@/lib/admin/request-origin";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/queries";

/** The most recent invitations with their state (never their links). Admins only. */
export const GET = defineRoute({
  access: "user.manage",
  handle: async ({ user }) => NextResponse.json(await listInvitations(user)),
});

/**
 * Invites `email` with `role`; answers 201 with the invitation and its `link`. The link is
 * shown this once (only its hash is stored): pass it on to the person invited.
 */
export const POST = defineRoute({
  access: createInvitation.action,
  body: ZMutationBody,
  async handle({ user, body }) {
    const { invitation, token } = await createInvitation.execute(user, body);
    return NextResponse.json(
      { ...invitation, link: await invitationLink(token) },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  },
});
