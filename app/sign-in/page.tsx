import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SIGN_IN_MESSAGES } from "@/lib/auth/credentials";
import { safeCallback } from "@/lib/auth/safe-callback";
import { firstValues } from "@/lib/public/claim-filters";
import { ACCOUNT_CREATED_NOTICE } from "@/lib/invitations/accept-invitation";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl: asked, error, notice } = firstValues(await searchParams);
  // Resolved here, so the form only ever holds a path on this site.
  const callbackUrl = safeCallback(asked);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      {notice === "account-created" ? (
        <p role="status" className="mb-4 max-w-sm rounded bg-green-50 p-3 text-green-950">
          {ACCOUNT_CREATED_NOTICE}
        </p>
      ) : null}
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error && SIGN_IN_MESSAGES.includes(error) ? error : undefined}
      />
    </>
  );
}
