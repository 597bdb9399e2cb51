import { Role } from "@/lib/generated/prisma/enums";

/** Roles in the order of what they may do, with the words the admin pages show. */
export const ROLE_LABELS: Record<Role, string> = {
  VIEWER: "Viewer",
  ANALYST: "Analyst",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

export const ROLE_OPTIONS = Object.values(Role).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));
