import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  beginSignInAttempt,
  markSignInSucceeded,
  WINDOW_MINUTES,
} from "@/lib/auth/sign-in-throttle";
import type { SessionUser } from "@/lib/auth/session-user";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address")),
  password: z.string().min(1, "Enter your password").max(1000),
});

export const BAD_CREDENTIALS = "Email or password is incorrect.";
export const LOCKED_OUT = `Too many failed sign-ins for this account. Try again in ${WINDOW_MINUTES} minutes.`;

export const DEACTIVATED = "This account is deactivated.";
/** The messages the sign-in page may repeat from its URL; anything else is not shown. */
export const SIGN_IN_MESSAGES = [BAD_CREDENTIALS, LOCKED_OUT, DEACTIVATED];

// Verifying against a real hash when the account does not exist keeps the response time
// from telling which email addresses have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyCredentials(input: unknown): Promise<SessionUser> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS);
  const { email, password } = parsed.data;

  const attempt = await beginSignInAttempt(email);
  if (attempt.locked) throw new AppError("RATE_LIMITED", LOCKED_OUT);

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
