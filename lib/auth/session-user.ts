import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every guard sees it, re-read from the database per request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The member's chosen IANA time zone for the times their pages show; absent means UTC. */
  timeZone?: string | null;
}
