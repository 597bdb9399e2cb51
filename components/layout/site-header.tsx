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
        <Link href="/track-record" className={navLink}>
          Track record
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
            {can(user.role, "analytics.read") ? (
              <Link href="/analytics" className={navLink}>
                Analytics
              </Link>
            ) : null}
            {can(user.role, "claim.create") ? (
              <Link href="/claims/new" className={navLink}>
                New claim
              </Link>
            ) : null}
            {can(user.role, "intake.preview") ? (
              <Link href="/intake" className={navLink}>
                Intake
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
            {/* The account menu: a disclosure, so it works without JavaScript. */}
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
        ) : (
          <Link href="/sign-in" className={`ml-auto ${navLink}`}>
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
