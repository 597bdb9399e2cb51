"use client";

import { useEffect, useState } from "react";
import type { MemberNav } from "@/lib/auth/member-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NarrowMemberMenu } from "@/components/layout/narrow-member-menu";
import { NAV_LINK_CLASS, NavLink } from "@/components/layout/nav-link";
import { SignOutEverywhere } from "@/components/layout/sign-out-everywhere";

/**
 * The signed-in part of the header: the links the member's role may open, who they are,
 * sign out and the account menu. Read from /api/account/nav; a session that has ended
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
        {/* The account menu: a disclosure. */}
        <details className="relative">
          <summary className="cursor-pointer text-sm text-stone-800">Account</summary>
          <div className="absolute right-0 z-10 mt-2 w-64 rounded border border-stone-300 bg-white p-3 shadow">
            <SignOutEverywhere />
          </div>
        </details>
      </div>
      <div className="ml-auto md:hidden">
        <NarrowMemberMenu nav={nav} />
      </div>
    </>
  );
}
