import { z } from "zod";
import { ClaimKind, OutcomeStatus } from "@/lib/generated/prisma/enums";
import { isoDate, optionalDate } from "@/lib/forms/fields";
import { searchQuery } from "@/lib/forms/query";
import { cursorField } from "@/lib/claims/keyset";
import { text } from "@/lib/forms/text";

// The claim search's filters, one schema for the /claims page, GET /api/v1/claims and the
// exports, so a parameter means the same thing (and is refused with the same message)
// everywhere. An empty value, as a form's "any" option sends it, means "no filter".

export { PAGE_MAX, QUERY_MAX } from "@/lib/forms/query";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const filterFields = {
  q: searchQuery("Search words"),
  kind: z.preprocess(
    emptyToUndefined,
    z.enum(ClaimKind, { error: "Choose a kind from the list" }).optional(),
  ),
  outcome: z.preprocess(
    emptyToUndefined,
    z.enum(OutcomeStatus, { error: "Choose an outcome from the list" }).optional(),
  ),
  topic: z.preprocess(emptyToUndefined, text("The topic", 100).optional()),
  actor: z.preprocess(
    emptyToUndefined,
    z.uuid({ error: "Choose an actor from the list" }).optional(),
  ),
  from: optionalDate("the start date"),
  to: optionalDate("the end date"),
};

/**
 * Lists page by keyset cursor (lib/claims/keyset.ts), not by number; an old `?page=` link is
 * refused with a message rather than silently showing the first page.
 */
export const page = z
  .never({ error: "Pages are followed by cursor now: use the Next page link" })
  .optional();

/** A date range that ends before it starts is refused on its end date. */
export function datesInOrder(
  v: { from?: Date | null; to?: Date | null },
  ctx: z.RefinementCtx,
): void {
  if (v.from && v.to && v.to < v.from) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: "The end date must be on or after the start date",
    });
  }
}

export const ZClaimFilters = z.object(filterFields).superRefine(datesInOrder);
export type ClaimFilters = z.output<typeof ZClaimFilters>;

/**
 * The /claims page: the filters, a page cursor (its page size is fixed), and the claimant as
 * typed by name (`claimant`, resolved to an actor by lib/actors/resolve-claimant.ts; an
 * `actor` id, as links carry it, is kept while the name still fits it).
 */
export const ZClaimSearch = z
  .object({
    ...filterFields,
    claimant: z.preprocess(emptyToUndefined, text("The claimant", 200).optional()),
    page,
    cursor: cursorField,
  })
  .superRefine(datesInOrder);
export type ClaimSearch = z.output<typeof ZClaimSearch>;

export const FILTER_NAMES = ["q", "kind", "outcome", "topic", "actor", "from", "to"] as const;
/** The parameters of a first page of the /claims page: the filters and a claimant's name. */
export const SEARCH_PAGE_NAMES = [...FILTER_NAMES, "claimant"] as const;

/** The filters as URL parameters, for links that keep them (pages, exports). */
export function filterParams(filters: Partial<ClaimFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value instanceof Date) params.set(name, isoDate(value));
    else if (value) params.set(name, value);
  }
  return params;
}

/** A page's `searchParams` as plain strings: a repeated parameter counts once, first wins. */
export function firstValues(
  record: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}
