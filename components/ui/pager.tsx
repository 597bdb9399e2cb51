import Link from "next/link";

/**
 * Previous / next links for a paged list. `href(page)` builds each page's address, so the
 * list's other parameters (a search, a filter) are kept.
 */
export function Pager({
  page,
  pageSize,
  total,
  href,
  label = "Pages",
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>Previous</Link> : null}
      <span className="text-sm text-stone-700">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Next</Link> : null}
    </nav>
  );
}
