import Link from "next/link";

/**
 * Links of a keyset-paged list: back to the first page, and on to the next one. There is no
 * "page N of M": a cursor list knows what comes next, not how far the end is, which is what
 * lets a deep page cost what the first does. `href(cursor)` keeps the list's other parameters.
 */
export function CursorPager({
  cursor,
  nextCursor,
  href,
  label = "Pages",
}: {
  cursor: string | null | undefined;
  nextCursor: string | null;
  href: (cursor: string | null) => string;
  label?: string;
}) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4">
      {cursor ? <Link href={href(null)}>First page</Link> : null}
      {nextCursor ? (
        <Link href={href(nextCursor)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
