import { Prisma } from "@/lib/generated/prisma/client";
import {
  decodeCursor,
  encodeCursor,
  TOTAL_CAP,
  type Keyset,
  type KeysetPage,
} from "@/lib/claims/keyset";

// One keyset ("seek method") pager for every list that is not the claim search: the review
// queue, the dashboard lists. A page is the rows strictly after the previous page's last
// (sort value, id) in the list's order, read from an index on (…, sort column, id), so a row
// added between two visits never shifts a page (none shown twice, none skipped) and a deep
// page costs what the first one does. The total is counted up to TOTAL_CAP + 1 and no
// further. The claim search (lib/claims/search-sql.ts) seeks the same way in its own SQL
// and shares the cursor format (lib/claims/keyset.ts).

export type Direction = "asc" | "desc";

type Compare = { gt: Date } | { lt: Date };
type IdCompare = { gt: string } | { lt: string };

/** A Prisma `where` for the rows after a key in the order (`field`, id) `direction`. */
export type SeekWhere<F extends string> =
  { OR: [{ [K in F]: Compare }, { [K in F]: Date } & { id: IdCompare }] } | Record<string, never>;

/**
 * The rows strictly after `after` in the order (`field` `direction`, id `direction`), as a
 * Prisma `where` to AND with the list's own; `{}` on the first page.
 */
export function seekWhere<F extends string>(
  field: F,
  direction: Direction,
  after: Keyset | null,
): SeekWhere<F> {
  if (!after) return {};
  const at = new Date(after.at);
  const op = direction === "asc" ? "gt" : "lt";
  return {
    OR: [{ [field]: { [op]: at } }, { [field]: at, id: { [op]: after.id } }],
  } as SeekWhere<F>;
}

/**
 * The same seek as SQL, for lists read with raw SQL: `(column, idColumn) > / < (at, id)`
 * (PostgreSQL compares the row values in order, which the (column, id) index serves).
 */
export function seekSql(
  column: Prisma.Sql,
  idColumn: Prisma.Sql,
  direction: Direction,
  after: Keyset | null,
): Prisma.Sql {
  if (!after) return Prisma.sql`TRUE`;
  const op = Prisma.raw(direction === "asc" ? ">" : "<");
  return Prisma.sql`(${column}, ${idColumn}) ${op} (${after.at}::timestamptz AT TIME ZONE 'UTC', ${after.id}::uuid)`;
}

export interface KeysetList<Row> {
  /** The previous page's `nextCursor`; none for the first page. */
  cursor: string | null | undefined;
  /** 1–100. */
  pageSize: number;
  /** Up to `take` rows after `after` (null: from the start), in the list's order. */
  rows: (after: Keyset | null, take: number) => Promise<Row[]>;
  /** The number of rows of the whole list, reading at most `cap` of them. */
  count: (cap: number) => Promise<number>;
  /** A row's sort value and id. */
  key: (row: Row) => { at: Date; id: string };
}

/**
 * One page of a keyset-paged list: its rows, the total (exact up to TOTAL_CAP, then capped
 * with `totalIsCapped`), and the cursor of the next page (null on the last). Reads one row
 * more than the page to know whether a next page exists.
 * Errors: INVALID (field `cursor`) for a cursor this app did not write.
 */
export async function readKeysetPage<Row>(list: KeysetList<Row>): Promise<KeysetPage<Row>> {
  const after = decodeCursor(list.cursor);
  const pageSize = Math.min(100, Math.max(1, Math.trunc(list.pageSize)));
  const [rows, count] = await Promise.all([
    list.rows(after, pageSize + 1),
    list.count(TOTAL_CAP + 1),
  ]);
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  const lastKey = last ? list.key(last) : null;
  return {
    items,
    total: Math.min(count, TOTAL_CAP),
    totalIsCapped: count > TOTAL_CAP,
    pageSize,
    nextCursor:
      rows.length > pageSize && lastKey
        ? encodeCursor({ rank: null, at: lastKey.at.toISOString(), id: lastKey.id })
        : null,
  };
}

/** A page's items mapped, its paging kept. */
export function mapPage<A, B>(page: KeysetPage<A>, map: (item: A) => B): KeysetPage<B> {
  return { ...page, items: page.items.map(map) };
}
