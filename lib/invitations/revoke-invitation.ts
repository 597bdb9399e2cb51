import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZInvitationRef } from "@/lib/invitations/schemas";
import {
  INVITATION_STATUS_LABELS,
  invitationStatus,
  usableInvitationWhere,
} from "@/lib/invitations/invitation-status";
import { invitationRowSelect, toInvitationRow } from "@/lib/invitations/invitation-row";

/** An admin withdraws a pending invitation; its link stops working at once. */
export const revokeInvitation = defineMutation({
  action: "user.manage",
  input: ZInvitationRef,
  async run({ tx, audit }, { id }) {
    const now = new Date();
    // Conditional on still being usable, so a revocation racing an acceptance cannot undo it.
    const revoked = await tx.invitation.updateMany({
      where: { id, ...usableInvitationWhere(now) },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) {
      const current = await tx.invitation.findUnique({ where: { id } });
      if (!current) throw notFound("Invitation");
      const status = INVITATION_STATUS_LABELS[invitationStatus(current, now)].toLowerCase();
      throw new AppError(
        "CONFLICT",
        `Only a pending invitation can be revoked; this one is ${status}.`,
      );
    }
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id },
      select: invitationRowSelect,
    });
    await audit({
      action: "invitation.revoke",
      entityType: "Invitation",
      entityId: id,
      before: { revokedAt: null },
      after: { email: invitation.email, revokedAt: now },
    });
    return toInvitationRow(invitation, now);
  },
});
