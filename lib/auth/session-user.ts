import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every guard sees it, re-read from the database per request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
