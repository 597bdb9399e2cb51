import type { ApiTokenRow } from "@/lib/api-tokens/api-token-row";
import type { FormState } from "@/lib/actions/form-state-shape";
import { ActionForm } from "@/components/ui/action-form";
import { Timestamp } from "@/components/ui/timestamp";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Personal API tokens (never their values), each active one with a revoke button. */
export function ApiTokenTable({
  tokens,
  revokeAction,
  showOwner = false,
}: {
  tokens: ApiTokenRow[];
  revokeAction: Action;
  showOwner?: boolean;
}) {
  if (tokens.length === 0) return <p className="text-stone-700">No API tokens.</p>;
  return (
    <ScrollTable label="API tokens">
      <table className="w-full border-collapse text-left">
        <TableHead columns={["Name", showOwner && "Owner", "Created", "Last used", "Status"]} />
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="wrap-address py-3 pr-4 font-medium">
                {t.name}
              </th>
              {showOwner ? (
                <td className="wrap-address py-3 pr-4">
                  {t.owner.name}
                  <span className="block text-sm text-stone-600">{t.owner.email}</span>
                </td>
              ) : null}
              <td className="py-3 pr-4">
                <Timestamp iso={t.createdAt} />
              </td>
              <td className="py-3 pr-4">
                {t.lastUsedAt ? <Timestamp iso={t.lastUsedAt} /> : "Never"}
              </td>
              <td className="py-3">
                {t.revokedAt ? (
                  <>
                    <span className="block">Revoked</span>
                    <span className="block text-sm text-stone-600">
                      <Timestamp iso={t.revokedAt} />
                    </span>
                  </>
                ) : (
                  <>
                    <span className="block">Active</span>
                    <ActionForm
                      action={revokeAction}
                      hidden={{ id: t.id }}
                      submitLabel={`Revoke ${t.name}`}
                      tone="danger"
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
