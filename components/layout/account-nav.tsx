"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";
import { MEMBER_HINT_COOKIE } from "@/lib/auth/member-hint";
import { NAV_LINK_CLASS, NavLink } from "@/components/layout/nav-link";

// Loaded only for a visitor with a session: a reader downloads none of the member code.
const MemberMenu = dynamic(
  () => import("@/components/layout/member-menu").then((m) => m.MemberMenu),
  {
    loading: () => <span className="ml-auto text-sm text-stone-700">Account…</span>,
  },
);

const noChange = () => () => undefined;
const hasSession = () =>
  document.cookie.split(";").some((c) => c.trim().startsWith(`${MEMBER_HINT_COOKIE}=`));

/** "Sign in", or, once in the browser with a session, the member's part of the header. */
export function AccountNav() {
  // Read again on every navigation (the layout stays mounted): signing in through the form
  // moves to another page without reloading this one.
  usePathname();
  // The server (and the cached HTML) always draws "Sign in"; the browser corrects it.
  const member = useSyncExternalStore(noChange, hasSession, () => false);
  return member ? (
    <MemberMenu />
  ) : (
    <NavLink href="/sign-in" className={`ml-auto ${NAV_LINK_CLASS}`}>
      Sign in
    </NavLink>
  );
}
