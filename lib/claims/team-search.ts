import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { cursorField } from "@/lib/claims/keyset";
import { memberFilterFields } from "@/lib/claims/member-filters";
import { datesInOrder, filterFields, filterParams, page } from "@/lib/claims/filters";

/**
 * The team's claim search (/claims/team): the public search's filters and cursor, plus the
 * members' filters, one schema so each parameter is refused with the same message as there.
 */
export const ZTeamClaimSearch = z
  .object({ ...filterFields, ...memberFilterFields, page, cursor: cursorField })
  .superRefine(datesInOrder);
export type TeamClaimSearch = z.output<typeof ZTeamClaimSearch>;

/**
 * The address of a team search: `/claims/team?…` with the given filters (as URL values:
 * member filters as typed, the others as the public search writes them) and cursor.
 */
export function teamSearchHref(
  search: Partial<Omit<TeamClaimSearch, "page" | "cursor">>,
  cursor: string | null = null,
): string {
  const { status, author, overdue, forecast, ...filters } = search;
  const params = filterParams(filters);
  for (const [name, value] of Object.entries({ status, author, overdue, forecast })) {
    if (value) params.set(name, value);
  }
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/claims/team?${query}` : "/claims/team";
}

/** The authors to filter by: every member with an account, active ones first, by name. */
export async function listAuthors(): Promise<{ value: string; label: string }[]> {
  const users = await db.user.findMany({
    where: { claimsCreated: { some: {} } },
    select: { id: true, name: true, active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return users.map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name} (deactivated)` }));
}
