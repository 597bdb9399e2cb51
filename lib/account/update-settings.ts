import "server-only";
import { z } from "zod";
import { defineMutation } from "@/lib/mutation";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/dates/format";

export const ZAccountSettings = z.object({
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .refine(isTimeZone, { error: "Choose a time zone from the list" }),
});

/**
 * A member sets their own account settings: `{ timeZone }`, an IANA name ("Europe/Kyiv";
 * "UTC" clears it), the zone their pages show times in from their next page on. Every
 * member, for themselves only. Errors: UNAUTHORIZED, INVALID (field `timeZone`).
 */
export const updateAccountSettings = defineMutation({
  action: "account.update",
  input: ZAccountSettings,
  async run({ tx, user, audit }, { timeZone }) {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { timeZone: true },
    });
    const stored = timeZone === DEFAULT_TIME_ZONE ? null : timeZone;
    await tx.user.update({ where: { id: user.id }, data: { timeZone: stored } });
    await audit({
      action: "user.settings",
      entityType: "User",
      entityId: user.id,
      before: { timeZone: before.timeZone },
      after: { timeZone: stored },
    });
    return { timeZone: stored ?? DEFAULT_TIME_ZONE };
  },
});
