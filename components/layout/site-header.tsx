import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-300 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="text-lg font-bold no-underline">
          Claimwatch
        </Link>
        <Link href="/claims">Claims</Link>
        <Link href="/actors">Actors</Link>
        <Link href="/topics">Topics</Link>
        {user ? (
          <>
            <Link href="/dashboard">Dashboard</Link>
            <Link href="/review">Review queue</Link>
            <Link href="/sources">Sources</Link>
            {can(user.role, "claim.create") ? <Link href="/claims/new">New claim</Link> : null}
            {can(user.role, "token.manage") ? <Link href="/account/tokens">API tokens</Link> : null}
            {can(user.role, "user.manage") ? <Link href="/admin">Admin</Link> : null}
            <span className="ml-auto text-sm text-stone-700">
              {user.name} · {user.role.toLowerCase()}
            </span>
            <SignOutButton />
          </>
        ) : (
          <Link href="/sign-in" className="ml-auto">
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
