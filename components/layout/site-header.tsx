import Link from "next/link";
import { AccountNav } from "@/components/layout/account-nav";

const navLink = "text-stone-800 no-underline hover:text-blue-800 hover:underline";

/**
 * The site header, the same HTML for every visitor so that every page stays cacheable whole:
 * the public links here, the signed-in part (member links, name, sign out) drawn in the
 * browser by AccountNav, only for a visitor with a session.
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
        <Link href="/claims" className={navLink}>
          Claims
        </Link>
        <Link href="/actors" className={navLink}>
          Actors
        </Link>
        <Link href="/topics" className={navLink}>
          Topics
        </Link>
        <Link href="/track-record" className={navLink}>
          Track record
        </Link>
        <AccountNav />
      </nav>
    </header>
  );
}
