import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { pageNumber, searchQuery } from "@/lib/forms/query";

export const ZRole = z.enum(Role, { error: "Choose a role" });

/**
 * A change to a user: a new role, or active true/false, or both. A form sends "true"/"false",
 * the API a boolean; a field left out means "unchanged".
 */
export const ZUserChange = z
  .object({
    id: z.uuid({ error: "Unknown user" }),
    role: ZRole.optional(),
    active: z
      .union([z.boolean(), z.enum(["true", "false"])], { error: "active must be true or false" })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === true || v === "true")),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, {
    path: ["_"],
    message: "Send a new role, a new active state, or both",
  });
export type TUserChange = z.input<typeof ZUserChange>;

/** `?q=` and `?page=`, read the same way by the admin page and the API. */
export const ZUserQuery = z.object({
  q: searchQuery("q").transform((v) => v ?? ""),
  page: pageNumber(),
});
export type UserQuery = z.output<typeof ZUserQuery>;
