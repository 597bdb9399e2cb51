import "server-only";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { forbidden, unauthorized } from "@/lib/errors";

/**
 * The source library (captured copies included) is for signed-in members: the same
 * permission that opens the team's internal reading of claims.
 */
export function assertLibraryReader(user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw unauthorized();
  if (!can(user.role, "claim.readInternal")) throw forbidden();
}
