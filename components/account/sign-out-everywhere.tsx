import { signOutEverywhereAction } from "@/lib/auth/actions";

/** "Sign out everywhere", with what it does: ends every session of this account. */
export function SignOutEverywhere() {
  return (
    <>
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
    </>
  );
}
