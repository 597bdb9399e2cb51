import { z } from "zod";
import { invalid } from "@/lib/errors";

// Keyset pagination ("seek method"): a page continues strictly after the sort key of the
// last row shown, never at an offset, so a claim published meanwhile cannot shift the pages
// (no row shown twice, none skipped) and a deep page costs what the first one does.

/** Totals are counted exactly up to this many matches; beyond it the total reads "10,000+". */
export const TOTAL_CAP = 10_000;

/**
 * The sort key of the last row of a page: the relevance rank when the search has text (as
 * PostgreSQL prints the float4, which reads back to the same value), the timestamp or date
 * the list is ordered by (as PostgreSQL prints it, UTC, for the SQL search; ISO 8601 for
 * lists read through Prisma), and the id that breaks ties.
 */
export interface Keyset {
  rank: string | null;
  at: string;
  id: string;
}

const ZKeyset = z.tuple([
  z
    .string()
    .regex(/^[0-9.e+-]+$/)
    .nullable(),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(( \d{2}:\d{2}:\d{2}(\.\d{1,6})?)|(T\d{2}:\d{2}:\d{2}\.\d{3}Z))?$/),
  z.uuid(),
]);

/** An opaque, URL-safe cursor for the page after `key`. */
export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.rank, key.at, key.id])).toString("base64url");
}

/**
 * Reads a cursor from a URL. Anything that is not a cursor this app wrote is refused with a
 * field error on `cursor` (400 in the API), never a 500.
 */
export function decodeCursor(cursor: string | undefined | null): Keyset | null {
  if (!cursor) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = null;
  }
  const parsed = ZKeyset.safeParse(raw);
  if (!parsed.success) {
    throw invalid({ cursor: "This page link is not valid; start from the first page" });
  }
  const [rank, at, id] = parsed.data;
  return { rank, at, id };
}

/** The `cursor` query parameter, shared by every paged list. */
export const cursorField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().max(400, "This page link is not valid; start from the first page").optional(),
);

/** What every keyset-paged list returns beside its items. */
export interface KeysetPage<T> {
  items: T[];
  /** Exact number of matches, or TOTAL_CAP when there are at least that many. */
  total: number;
  /** True when `total` is the cap, not the count ("10,000+"). */
  totalIsCapped: boolean;
  pageSize: number;
  /** The cursor of the next page, null on the last one. */
  nextCursor: string | null;
}

/** "1 claim", "2,345 claims", "10,000+ claims". */
export function describeTotal(page: { total: number; totalIsCapped: boolean }, noun: string) {
  const count = `${page.total.toLocaleString("en-US")}${page.totalIsCapped ? "+" : ""}`;
  return `${count} ${noun}${page.total === 1 && !page.totalIsCapped ? "" : "s"}`;
}

/**
 * A page's `cursor` search parameter: the cursor when it is one this app wrote; otherwise
 * null with `invalid` set, so the page can say so and show the first page instead.
 */
export function cursorParam(value: string | string[] | undefined): {
  cursor: string | null;
  invalid: boolean;
} {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first) return { cursor: null, invalid: false };
  try {
    decodeCursor(first);
    return { cursor: first, invalid: false };
  } catch {
    return { cursor: null, invalid: true };
  }
}
