import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
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
