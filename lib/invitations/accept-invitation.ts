import "server-only";
import { db } from "@/lib/db";
import { AppError, fieldErrorsFrom, invalid } from "@/lib/errors";
import { translatePrismaError } from "@/lib/mutation";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashSecretToken } from "@/lib/admin/secret-token";
import { ZAcceptInvitation } from "@/lib/invitations/schemas";
import { usableInvitationWhere } from "@/lib/invitations/invitation-status";

export const INVITATION_UNUSABLE = "This invitation link has already been used or has expired.";
export const ACCOUNT_EXISTS =
  "An account with this email address already exists. Sign in with it instead.";

/**
 * The invited person creates their account: the user is created with the invited role and
 * the invitation is marked accepted, with their audit events, in one transaction.
 *
 * Why this is not a `defineMutation`: the person accepting is not signed in (they have no
 * account yet), and defineMutation's first guard refuses anyone who is not. The guard here is
 * the link itself: a 256-bit secret, matched by its hash, that works once, before it expires,
 * unless revoked. The steps defineMutation would take are kept: the input is parsed with its
 * zod schema, the writes and the audit events (actor: the new user) commit together, and
 * database refusals are translated by code.
 */
export async function acceptInvitation(
  rawInput: unknown,
): Promise<{ userId: string; email: string; name: string }> {
  const parsed = ZAcceptInvitation.safeParse(rawInput);
  if (!parsed.success) throw invalid(fieldErrorsFrom(parsed.error));
  const { token, name, password } = parsed.data;
  // argon2 is deliberately slow; hash before the transaction so no row lock waits on it.
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: hashSecretToken(token) },
      });
      if (!invitation) throw new AppError("NOT_FOUND", INVITATION_UNUSABLE);
      // Claiming the invitation with a conditional update makes the link work exactly once,
      // even when it is submitted twice at the same moment.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, ...usableInvitationWhere(now) },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) throw new AppError("NOT_FOUND", INVITATION_UNUSABLE);

      const existing = await tx.user.findUnique({ where: { email: invitation.email } });
      if (existing) throw new AppError("CONFLICT", ACCOUNT_EXISTS);
      const user = await tx.user.create({
        data: { email: invitation.email, name, role: invitation.role, passwordHash },
      });
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { acceptedById: user.id },
      });
      await recordAuditEvent(tx, user.id, {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, invitationId: invitation.id },
      });
      await recordAuditEvent(tx, user.id, {
        action: "invitation.accept",
        entityType: "Invitation",
        entityId: invitation.id,
        before: { acceptedAt: null },
        after: { acceptedAt: now, acceptedById: user.id },
      });
      return { userId: user.id, email: user.email, name: user.name };
    });
  } catch (error) {
    const translated = translatePrismaError(error);
    // Another invitation for the same address was accepted at the same moment.
    if (translated instanceof AppError && translated.code === "CONFLICT") {
      throw new AppError("CONFLICT", ACCOUNT_EXISTS);
    }
    throw translated;
  }
}

/** The notice the dashboard shows after `?notice=account-created`: they are signed in. */
export const ACCOUNT_CREATED_NOTICE =
  "Welcome to Claimwatch. Your account is ready and you are signed in; next time, sign in with your email address and the password you chose.";
