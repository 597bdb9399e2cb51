"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** The header's link style; the current page's link is bold as well as marked for readers. */
export const NAV_LINK_CLASS =
  "text-stone-800 no-underline hover:text-blue-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-stone-950";

/**
 * A header link that says, with `aria-current="page"`, when it is the page being shown (an
 * exact match of the path: "Claims" is not current on a claim's own page).
 */
export function NavLink({
  href,
  children,
  className = NAV_LINK_CLASS,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const current = usePathname() === href;
  return (
    <Link href={href} className={className} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
