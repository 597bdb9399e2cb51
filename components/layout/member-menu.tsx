"use client";

import { useEffect, useState } from "react";
import type { MemberNav } from "@/lib/auth/member-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NarrowMemberMenu } from "@/components/layout/narrow-member-menu";
import { NAV_LINK_CLASS, NavLink } from "@/components/layout/nav-link";

/**
 * The signed-in part of the header: the links the member's role may open (among them
 * "Account", the one way to the member's settings, tokens and sessions), who they are and
 * sign out. Read from /api/account/nav; a session that has ended
 * meanwhile gets "Sign in". From the md breakpoint up it is a row of links; below it, one
 * "Menu" button (NarrowMemberMenu), so that on a phone the header stays one or two lines.
 */
export function MemberMenu() {
  const [nav, setNav] = useState<MemberNav | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void fetch("/api/account/nav", { cache: "no-store" })
      .then(async (r) => (r.ok ? ((await r.json()) as MemberNav) : null))
      .catch(() => null)
      .then((value) => live && setNav(value));
    return () => {
      live = false;
    };
  }, []);
  if (nav === undefined) return <span className="ml-auto text-sm text-stone-700">Account…</span>;
  if (nav === null) {
    return (
      <NavLink href="/sign-in" className={`ml-auto ${NAV_LINK_CLASS}`}>
        Sign in
      </NavLink>
    );
  }
  return (
    <>
      <div className="hidden md:contents">
        {nav.links.map((link) => (
          <NavLink key={link.href} href={link.href}>
            {link.label}
          </NavLink>
        ))}
        <span className="ml-auto text-sm text-stone-700">
          {nav.name} · {nav.role}
        </span>
        <SignOutButton />
      </div>
      <div className="ml-auto md:hidden">
        <NarrowMemberMenu nav={nav} />
      </div>
    </>
  );
}
