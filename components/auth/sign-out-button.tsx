"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
    >
      Sign out
    </button>
  );
}
