import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { beginSignInAttempt, markSignInSucceeded } from "@/lib/auth/sign-in-throttle";
import type { SessionUser } from "@/lib/auth/session-user";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address")),
  password: z.string().min(1, "Enter your password").max(1000),
});

export const BAD_CREDENTIALS = "Email or password is incorrect.";
/** Said while a throttle budget is spent; it does not say which, nor whether the email exists. */
export const THROTTLED = "Too many failed sign-ins. Wait a little, then try again.";

export const DEACTIVATED = "This account is deactivated.";
/** The messages the sign-in page may repeat from its URL; anything else is not shown. */
export const SIGN_IN_MESSAGES = [BAD_CREDENTIALS, THROTTLED, DEACTIVATED];

// Verifying against a real hash when the account does not exist keeps the response time
// from telling which email addresses have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * The user whose email and password these are, checked against the throttle budgets of the
 * account and of `clientAddress` (lib/auth/sign-in-throttle.ts). Errors: UNAUTHORIZED (wrong
 * or malformed credentials, one message for both), RATE_LIMITED (wait), FORBIDDEN (deactivated).
 */
export async function verifyCredentials(
  input: unknown,
  clientAddress = "unknown",
): Promise<SessionUser> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS);
  const { email, password } = parsed.data;

  const attempt = await beginSignInAttempt(email, clientAddress);
  if (attempt.throttled) throw new AppError("RATE_LIMITED", THROTTLED);

  const user = await db.user.findUnique({ where: { email } });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !ok || !user.active) {
    if (user && ok && !user.active) throw new AppError("FORBIDDEN", DEACTIVATED);
    throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS);
  }
  await markSignInSucceeded(attempt.attemptId);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
