import type { Role } from "@/lib/generated/prisma/enums";

/** A user as the admin pages and the admin API show them. */
export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

export function toUserRow(u: {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  deactivatedAt: Date | null;
  createdAt: Date;
}): UserRow {
  return {
    ...u,
    deactivatedAt: u.deactivatedAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
