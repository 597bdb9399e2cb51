import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { SignOutButton } from "@/components/layout/sign-out-control";

const navLink = "text-stone-800 no-underline hover:text-blue-800 hover:underline";

export async function SiteHeader() {
  const user = await getCurrentUser();
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
        {user ? (
          <>
            <Link href="/dashboard" className={navLink}>
              Dashboard
            </Link>
            <Link href="/review" className={navLink}>
              Review queue
            </Link>
            <Link href="/sources" className={navLink}>
              Sources
            </Link>
            {can(user.role, "claim.create") ? (
              <Link href="/claims/new" className={navLink}>
                New claim
              </Link>
            ) : null}
            {can(user.role, "token.manage") ? (
              <Link href="/account/tokens" className={navLink}>
                API tokens
              </Link>
            ) : null}
            {can(user.role, "user.manage") ? (
              <Link href="/admin" className={navLink}>
                Admin
              </Link>
            ) : null}
            <span className="ml-auto text-sm text-stone-700">
              {user.name} · {user.role.toLowerCase()}
            </span>
            <SignOutButton />
            <form action={signOutEverywhereAction}>
              <button
                type="submit"
                className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
              >
                Sign out everywhere
              </button>
            </form>
          </>
        ) : (
          <Link href="/sign-in" className={`ml-auto ${navLink}`}>
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
