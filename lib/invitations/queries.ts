import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/mutation";
import { hashSecretToken } from "@/lib/admin/secret-token";
import { usableInvitationWhere } from "@/lib/invitations/invitation-status";
import {
  invitationRowSelect,
  toInvitationRow,
  type InvitationRow,
} from "@/lib/invitations/invitation-row";

const LIST_LIMIT = 200;

/** The most recent invitations, whatever their state. Admins only. */
export async function listInvitations(viewer: SessionUser | null): Promise<InvitationRow[]> {
  authorize(viewer, "user.manage");
  const invitations = await db.invitation.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIST_LIMIT,
    select: invitationRowSelect,
  });
  const now = new Date();
  return invitations.map((i) => toInvitationRow(i, now));
}

/**
 * The invitation a link's token opens, if it can still be accepted; null otherwise, without
 * telling a used link from an expired, revoked or made-up one. `accountExists` is true when
 * someone has meanwhile got an account with that address.
 */
export async function findUsableInvitation(
  token: string,
): Promise<{ email: string; role: Role; accountExists: boolean } | null> {
  if (token.length === 0 || token.length > 200) return null;
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashSecretToken(token), ...usableInvitationWhere() },
    select: { email: true, role: true },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  return { ...invitation, accountExists: account !== null };
}
