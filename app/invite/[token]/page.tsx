import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/admin/roles";
import { ACCOUNT_EXISTS, INVITATION_UNUSABLE } from "@/lib/invitations/accept-invitation";
import { findUsableInvitation } from "@/lib/invitations/queries";
import { AcceptInvitationForm } from "@/components/admin/accept-invitation-form";
import { acceptInvitationAction } from "@/lib/invitations/actions";

export const metadata: Metadata = {
  title: "Accept invitation",
  robots: { index: false },
  // The token is a secret: keep it out of the Referer of anything this page links to.
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

/** Public: where an invitation link leads. It creates an account once, before it expires. */
export default async function AcceptInvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findUsableInvitation(token);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Join Claimwatch</h1>
      {!invitation ? (
        <p role="alert" className="max-w-xl rounded border border-amber-700 bg-amber-50 p-4">
          {INVITATION_UNUSABLE} Ask the admin who invited you for a new link.
        </p>
      ) : invitation.accountExists ? (
        <p role="alert" className="max-w-xl rounded border border-amber-700 bg-amber-50 p-4">
          {ACCOUNT_EXISTS} <Link href="/sign-in">Sign in</Link>
        </p>
      ) : (
        <>
          <p className="mb-6 max-w-xl">
            You are invited as <strong>{ROLE_LABELS[invitation.role].toLowerCase()}</strong> with
            the email address <strong className="break-all">{invitation.email}</strong>. Choose your
            name and a password to create your account.
          </p>
          <AcceptInvitationForm action={acceptInvitationAction} token={token} />
        </>
      )}
    </>
  );
}
