import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, type Action } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { RETURN_TO_HEADER } from "@/lib/auth/return-to";

/**
 * For pages: the signed-in user, or a redirect to sign in that comes back here. `returnTo`
 * is the page's path ("/claims/team"); its query, when the request had one for that same
 * path (read from proxy.ts's RETURN_TO_HEADER), comes back too, so a shared filtered link
 * opens filtered after sign-in. Where the callback may go is checked again at sign-in
 * (lib/auth/safe-callback.ts).
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const asked = (await headers()).get(RETURN_TO_HEADER);
    const back = asked && asked.split("?")[0] === returnTo ? asked : returnTo;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  return user;
}

/**
 * For pages: returns when the signed-in `user`'s role may do `action` (lib/auth/policy.ts);
 * otherwise ends the render with Next's `forbidden()`, so the answer is HTTP 403 and the
 * page shows the nearest forbidden.tsx: the route's own, which names what the role may not
 * do (components/ui/refusal.tsx), else app/forbidden.tsx. Call it after requireUser.
 */
export function requirePermission(user: SessionUser, action: Action): void {
  if (!can(user.role, action)) forbidden();
}
