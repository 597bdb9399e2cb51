"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { Button, Dialog, DialogTrigger, Popover } from "react-aria-components";
import type { MemberNav } from "@/lib/auth/member-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/layout/nav-link";

const menuLink =
  "block rounded px-2 py-2 text-stone-800 no-underline hover:bg-stone-100 aria-[current=page]:bg-stone-100 aria-[current=page]:font-semibold";

/**
 * The member's header on a narrow screen: one "Menu" button that opens the links, who is
 * signed in and the sign-out button in a popover. React Aria's DialogTrigger, Popover and
 * Dialog give the button its aria-expanded, open it by Enter, Space or a tap, move focus into
 * it, close it on Escape or a tap outside and return focus to the button. Choosing a link
 * closes it too (the header stays mounted across client-side navigation, so it closes when
 * the path changes).
 */
export function NarrowMemberMenu({ nav }: { nav: MemberNav }) {
  // Open only on the page it was opened on: following a link, or going back, closes it.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  return (
    <DialogTrigger
      isOpen={openOn === pathname}
      onOpenChange={(open) => setOpenOn(open ? pathname : null)}
    >
      <Button className="rounded border border-stone-400 px-3 py-1.5 text-stone-900 hover:bg-stone-100 data-[pressed]:bg-stone-200">
        Menu
      </Button>
      <Popover
        placement="bottom end"
        className="w-72 max-w-[calc(100vw-2rem)] overflow-auto rounded border border-stone-300 bg-white p-3 shadow-lg"
      >
        <Dialog aria-label="Menu" className="outline-none">
          <p className="text-sm text-stone-700">
            {nav.name} · {nav.role}
          </p>
          <nav aria-label="Member">
            <ul className="mt-2 border-y border-stone-200 py-1">
              {nav.links.map((link) => (
                <li key={link.href}>
                  <NavLink href={link.href} className={menuLink}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3">
            <SignOutButton />
          </div>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
