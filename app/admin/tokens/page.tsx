import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { listActiveApiTokens } from "@/lib/api-tokens/queries";
import { AdminNav } from "@/components/admin/admin-nav";
import { ApiTokenTable } from "@/components/account/api-token-table";
import { revokeAnyApiTokenAction } from "@/lib/admin/actions";

export const metadata: Metadata = { title: "API tokens · Admin", robots: { index: false } };

/** Every member's active API tokens, for an admin to revoke one that leaked. Admins only. */
export default async function AdminTokensPage() {
  const user = await requireUser("/admin/tokens");
  requirePermission(user, "user.manage");
  const tokens = await listActiveApiTokens(user);
  return (
    <>
      <AdminNav current="/admin/tokens" />
      <p className="mb-4 text-stone-700">
        Active personal API tokens of every member, newest first. A deactivated member&apos;s tokens
        stop working with their account.
      </p>
      <ApiTokenTable tokens={tokens} revokeAction={revokeAnyApiTokenAction} showOwner />
    </>
  );
}
