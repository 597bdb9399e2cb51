import "server-only";
import type { Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { ZUserChange } from "@/lib/admin/schemas";
import { ROLE_LABELS } from "@/lib/admin/roles";
import { toUserRow, userRowSelect } from "@/lib/admin/user-row";

export const OWN_ROLE = "You cannot remove your own admin role. Ask another admin.";
export const OWN_ACCOUNT = "You cannot deactivate your own account. Ask another admin.";
export const LAST_ADMIN =
  "This is the last active admin. Make another user an admin before changing this one.";

/**
 * Serialises every change that could take away an admin, so that two admins demoting each
 * other at the same moment cannot both see "another admin remains" and leave none.
 */
async function lockAdminChanges(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claimwatch.user.admins'))`;
}

/**
 * An admin changes a user's role and/or deactivates or reactivates them. The change applies
 * at the user's next request (lib/auth/current-user.ts re-reads role and active each time).
 * The system never loses its last active admin, and an admin cannot lock themselves out.
 */
export const updateUser = defineMutation({
  action: "user.manage",
  input: ZUserChange,
  async run({ tx, user, audit }, { id, role, active }) {
    await lockAdminChanges(tx);
    const current = await tx.user.findUnique({
      where: { id },
      select: { id: true, email: true, role: true, active: true, deactivatedAt: true },
    });
    if (!current) throw notFound("User");

    const roleChanges = role !== undefined && role !== current.role;
    const activeChanges = active !== undefined && active !== current.active;
    if (!roleChanges && !activeChanges) {
      const message = `Nothing to change: ${current.email} is already ${ROLE_LABELS[current.role].toLowerCase()} and ${current.active ? "active" : "deactivated"}.`;
      throw invalid({ [role !== undefined ? "role" : "active"]: message }, message);
    }
    if (id === user.id && roleChanges && role !== "ADMIN")
      throw invalid({ role: OWN_ROLE }, OWN_ROLE);
    if (id === user.id && active === false) throw invalid({ active: OWN_ACCOUNT }, OWN_ACCOUNT);

    const losesAdmin =
      current.role === "ADMIN" &&
      current.active &&
      ((roleChanges && role !== "ADMIN") || active === false);
    if (losesAdmin) {
      const others = await tx.user.count({
        where: { role: "ADMIN", active: true, id: { not: id } },
      });
      if (others === 0)
        throw invalid({ [roleChanges ? "role" : "active"]: LAST_ADMIN }, LAST_ADMIN);
    }

    const updated = await tx.user.update({
      where: { id },
      data: {
        role: roleChanges ? role : undefined,
        active: activeChanges ? active : undefined,
        deactivatedAt: activeChanges ? (active ? null : new Date()) : undefined,
      },
      select: userRowSelect,
    });
    if (roleChanges) {
      await audit({
        action: "user.role.change",
        entityType: "User",
        entityId: id,
        before: { role: current.role },
        after: { role: updated.role },
      });
    }
    if (activeChanges) {
      await audit({
        action: updated.active ? "user.reactivate" : "user.deactivate",
        entityType: "User",
        entityId: id,
        before: { active: current.active, deactivatedAt: current.deactivatedAt },
        after: { active: updated.active, deactivatedAt: updated.deactivatedAt },
      });
    }
    return toUserRow(updated);
  },
});
