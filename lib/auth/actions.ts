"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

/** The account menu's "Sign out everywhere": revokes every session, then goes to sign-in. */
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere.execute(await getCurrentUser(), {});
  redirect("/sign-in");
}
