import type { InvitationRow } from "@/lib/invitations/invitation-row";
import { INVITATION_STATUS_LABELS } from "@/lib/invitations/invitation-status";
import { ROLE_LABELS } from "@/lib/admin/roles";
import { ActionForm } from "@/components/ui/action-form";
import { Timestamp } from "@/components/ui/timestamp";
import { revokeInvitationAction } from "@/lib/admin/actions";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";

/** Invitations with their state; a pending one can be revoked. Links are never shown again. */
export function InvitationTable({ invitations }: { invitations: InvitationRow[] }) {
  if (invitations.length === 0) return <p className="text-stone-700">No invitations yet.</p>;
  return (
    <ScrollTable label="Invitations">
      <table className="w-full border-collapse text-left">
        <TableHead columns={["Email", "Role", "Status", "Invited", "Expires"]} />
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="wrap-address py-3 pr-4 font-medium">
                {i.email}
              </th>
              <td className="py-3 pr-4">{ROLE_LABELS[i.role]}</td>
              <td className="py-3 pr-4">
                <span className="block">{INVITATION_STATUS_LABELS[i.status]}</span>
                {i.acceptedAt ? (
                  <span className="block text-sm text-stone-600">
                    <Timestamp iso={i.acceptedAt} />
                  </span>
                ) : null}
                {i.revokedAt ? (
                  <span className="block text-sm text-stone-600">
                    <Timestamp iso={i.revokedAt} />
                  </span>
                ) : null}
                {i.status === "PENDING" ? (
                  <ActionForm
                    action={revokeInvitationAction}
                    hidden={{ id: i.id }}
                    submitLabel={`Revoke invitation for ${i.email}`}
                    tone="plain"
                  />
                ) : null}
              </td>
              <td className="py-3 pr-4">
                <Timestamp iso={i.createdAt} />
                <span className="block text-sm text-stone-600">by {i.invitedBy}</span>
              </td>
              <td className="py-3">
                <Timestamp iso={i.expiresAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
