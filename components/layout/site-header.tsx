import Link from "next/link";
import { AccountNav } from "@/components/layout/account-nav";
import { NavLink } from "@/components/layout/nav-link";

const PUBLIC_LINKS = [
  { href: "/claims", label: "Claims" },
  { href: "/actors", label: "Actors" },
  { href: "/topics", label: "Topics" },
  { href: "/track-record", label: "Track record" },
];

/**
 * The site header, the same HTML for every visitor so that every page stays cacheable whole:
 * the public links here, the signed-in part (member links, name, sign out) drawn in the
 * browser by AccountNav, only for a visitor with a session. The public links wrap onto a
 * second line on a phone; the member links fold into a menu there (MemberMenu).
 */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-300 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="text-lg font-bold text-stone-900 no-underline">
          Claimwatch
        </Link>
        {PUBLIC_LINKS.map((link) => (
          <NavLink key={link.href} href={link.href}>
            {link.label}
          </NavLink>
        ))}
        <AccountNav />
      </nav>
    </header>
  );
}
