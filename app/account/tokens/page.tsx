import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { ApiTokenTable } from "@/components/account/api-token-table";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

/** A member's personal API tokens, for scripts that use the JSON API as them. */
export default async function ApiTokensPage() {
  const user = await requireUser("/account/tokens");
  const tokens = await listOwnApiTokens(user);
  return (
    <>
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="mt-2 mb-6 text-stone-700">
        A script sends a token as <code>Authorization: Bearer &lt;token&gt;</code> and may then do
        through the JSON API (<code>/api/v1</code>) what you may do, with your role at the time.
        Revoke a token you no longer use or that may have leaked: it stops working at once.
      </p>
      <section aria-labelledby="new-token" className="mb-10">
        <h2 id="new-token" className="mb-3 text-xl font-semibold">
          New token
        </h2>
        <CreateTokenForm action={createApiTokenAction} />
      </section>
      <section aria-labelledby="your-tokens">
        <h2 id="your-tokens" className="mb-3 text-xl font-semibold">
          Your tokens
        </h2>
        <ApiTokenTable tokens={tokens} revokeAction={revokeApiTokenAction} />
      </section>
    </>
  );
}
