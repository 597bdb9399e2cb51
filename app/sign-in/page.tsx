import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SIGN_IN_MESSAGES } from "@/lib/auth/credentials";
import { safeCallback } from "@/lib/auth/safe-callback";
import { firstValues } from "@/lib/claims/filters";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl: asked, error } = firstValues(await searchParams);
  // Resolved here, so the form only ever holds a path on this site.
  const callbackUrl = safeCallback(asked);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error && SIGN_IN_MESSAGES.includes(error) ? error : undefined}
      />
    </>
  );
}
