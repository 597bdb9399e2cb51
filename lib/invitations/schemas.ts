import { z } from "zod";
import { text } from "@/lib/forms/text";
import { ZRole } from "@/lib/admin/schemas";

export const PASSWORD_MIN = 12;
export const NAME_MAX = 100;

/** Emails are stored trimmed and lower-cased, as sign-in looks them up. */
export const ZEmail = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "An email address is at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.org"));

export const ZInvitationInput = z.object({ email: ZEmail, role: ZRole });
export type TInvitationInput = z.input<typeof ZInvitationInput>;

export const ZInvitationRef = z.object({ id: z.uuid({ error: "Unknown invitation" }) });

/** What the invited person sends to create their account. */
export const ZAcceptInvitation = z
  .object({
    token: text("The invitation link", 200, "The invitation link is incomplete"),
    name: text("Your name", NAME_MAX, "Enter your name"),
    password: z
      .string({ error: "Choose a password" })
      .min(PASSWORD_MIN, `Choose a password of at least ${PASSWORD_MIN} characters`)
      .max(1000, "Choose a password of at most 1,000 characters"),
    confirmPassword: z.string({ error: "Type the password again" }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match",
  });
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;
