import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { listInvitations } from "@/lib/invitations/queries";
import { AdminNav } from "@/components/admin/admin-nav";
import { InviteForm } from "@/components/admin/invite-form";
import { InvitationTable } from "@/components/admin/invitation-table";
import { createInvitationAction } from "@/lib/admin/actions";

export const metadata: Metadata = { title: "Invitations · Admin", robots: { index: false } };

/** Invite people by email with a role, and follow or revoke the invitations. Admins only. */
export default async function AdminInvitationsPage() {
  const user = await requireUser("/admin/invitations");
  requirePermission(user, "user.manage");
  const invitations = await listInvitations(user);
  return (
    <>
      <AdminNav current="/admin/invitations" />
      <section aria-labelledby="invite" className="mb-10">
        <h2 id="invite" className="mb-2 text-xl font-semibold">
          Invite someone
        </h2>
        <p className="mb-4 text-stone-700">
          Claimwatch sends no email: you get a link to pass on yourself. Whoever opens it can create
          the account, so send it only to the person invited.
        </p>
        <InviteForm action={createInvitationAction} />
      </section>
      <section aria-labelledby="sent">
        <h2 id="sent" className="mb-3 text-xl font-semibold">
          Invitations
        </h2>
        <InvitationTable invitations={invitations} />
      </section>
    </>
  );
}
