import type { Role } from "@/lib/generated/prisma/enums";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/invitation-status";

/** An invitation as the admin pages and the admin API show it; never its token. */
export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export const invitationRowSelect = {
  id: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  invitedBy: { select: { name: true } },
} as const;

export function toInvitationRow(
  i: {
    id: string;
    email: string;
    role: Role;
    createdAt: Date;
    expiresAt: Date;
    acceptedAt: Date | null;
    revokedAt: Date | null;
    invitedBy: { name: string };
  },
  now = new Date(),
): InvitationRow {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i, now),
    invitedBy: i.invitedBy.name,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
    revokedAt: i.revokedAt?.toISOString() ?? null,
  };
}
