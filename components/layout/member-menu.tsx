"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import type { MemberNav } from "@/lib/auth/member-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";

const navLink = "text-stone-800 no-underline hover:text-blue-800 hover:underline";

/**
 * The signed-in part of the header: the links the member's role may open, who they are,
 * sign out and the account menu. Read from /api/account/nav; a session that has ended
 * meanwhile gets "Sign in".
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
      <Link href="/sign-in" className={`ml-auto ${navLink}`}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      {nav.links.map((link) => (
        <Link key={link.href} href={link.href} className={navLink}>
          {link.label}
        </Link>
      ))}
      <span className="ml-auto text-sm text-stone-700">
        {nav.name} · {nav.role}
      </span>
      <SignOutButton />
      {/* The account menu: a disclosure. */}
      <details className="relative">
        <summary className="cursor-pointer text-sm text-stone-800">Account</summary>
        <div className="absolute right-0 z-10 mt-2 w-64 rounded border border-stone-300 bg-white p-3 shadow">
          <p className="mb-2 text-sm text-stone-700">
            Signs this account out on every device and browser, this one included.
          </p>
          <form action={signOutEverywhereAction}>
            <button
              type="submit"
              className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
            >
              Sign out everywhere
            </button>
          </form>
        </div>
      </details>
    </>
  );
}
