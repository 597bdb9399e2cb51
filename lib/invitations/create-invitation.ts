import "server-only";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { hashSecretToken, newSecretToken } from "@/lib/admin/secret-token";
import { ZInvitationInput } from "@/lib/invitations/schemas";
import {
  INVITATION_LIFETIME_DAYS,
  usableInvitationWhere,
} from "@/lib/invitations/invitation-status";
import { invitationRowSelect, toInvitationRow } from "@/lib/invitations/invitation-row";

export const EMAIL_HAS_ACCOUNT = "A user with this email address already exists.";
export const EMAIL_INVITED =
  "This email address already has a pending invitation. Revoke it first to send a new link.";

/**
 * An admin invites someone by email with a role. The token is returned once, for the admin
 * to pass on (there is no mail server); only its SHA-256 is stored.
 */
export const createInvitation = defineMutation({
  action: "user.manage",
  input: ZInvitationInput,
  async run({ tx, user, audit }, { email, role }) {
    // Two admins inviting the same address at once must not both pass the checks below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claimwatch.invite:${email}`}))`;
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", EMAIL_HAS_ACCOUNT, { email: EMAIL_HAS_ACCOUNT });
    }
    const pending = await tx.invitation.findFirst({
      where: { email, ...usableInvitationWhere() },
      select: { id: true },
    });
    if (pending) throw new AppError("CONFLICT", EMAIL_INVITED, { email: EMAIL_INVITED });

    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60_000);
    const invitation = await tx.invitation.create({
      data: { email, role, tokenHash: hashSecretToken(token), invitedById: user.id, expiresAt },
      select: invitationRowSelect,
    });
    await audit({
      action: "invitation.create",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { email, role, expiresAt },
    });
    return { invitation: toInvitationRow(invitation), token };
  },
});
