import type { UserRow } from "@/lib/admin/user-row";
import { ROLE_LABELS } from "@/lib/admin/roles";
import { ActionForm } from "@/components/ui/action-form";
import { Timestamp } from "@/components/ui/timestamp";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { updateUserAction } from "@/lib/admin/actions";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";

/**
 * Every account on this page with its role and state. The admin's own row offers no
 * controls: an admin cannot demote or deactivate themselves (the server refuses it too).
 */
export function UserTable({ users, viewerId }: { users: UserRow[]; viewerId: string }) {
  if (users.length === 0) return <p className="text-stone-700">No users match.</p>;
  return (
    <ScrollTable label="Users">
      <table className="w-full border-collapse text-left">
        <TableHead columns={["Name", "Email", "Role", "Status", "Created"]} />
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-3 pr-4 font-medium">
                {u.name}
                {u.id === viewerId ? (
                  <span className="font-normal text-stone-600"> (you)</span>
                ) : null}
              </th>
              <td className="wrap-address py-3 pr-4">{u.email}</td>
              <td className="py-3 pr-4">
                {u.id === viewerId ? (
                  ROLE_LABELS[u.role]
                ) : (
                  <UserRoleForm action={updateUserAction} user={u} />
                )}
              </td>
              <td className="py-3 pr-4">
                <span className="block">{u.active ? "Active" : "Deactivated"}</span>
                {!u.active && u.deactivatedAt ? (
                  <span className="block text-sm text-stone-600">
                    since <Timestamp iso={u.deactivatedAt} />
                  </span>
                ) : null}
                {u.id === viewerId ? null : (
                  <ActionForm
                    action={updateUserAction}
                    hidden={{ id: u.id, active: u.active ? "false" : "true" }}
                    submitLabel={u.active ? `Deactivate ${u.name}` : `Reactivate ${u.name}`}
                    tone={u.active ? "danger" : "plain"}
                    confirm={
                      u.active
                        ? {
                            title: `Deactivate ${u.name}?`,
                            body: (
                              <p>
                                {u.name} ({u.email}) is signed out at their next page or API call,
                                and their API tokens stop working. Their records stay. An admin can
                                reactivate the account later.
                              </p>
                            ),
                          }
                        : undefined
                    }
                  />
                )}
              </td>
              <td className="py-3">
                <Timestamp iso={u.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
