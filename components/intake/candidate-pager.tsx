"use client";

/** Candidates per page: a long paste can hold thousands, more than a page can render. */
export const PAGE = 50;

/** Previous and next page of the candidate list, with where the analyst is. */
export function Pager({
  page,
  total,
  onPage,
}: {
  page: number;
  total: number;
  onPage: (p: number) => void;
}) {
  const last = Math.ceil(total / PAGE) - 1;
  const button =
    "rounded border border-stone-400 bg-white px-3 py-1 disabled:opacity-50 hover:bg-stone-100";
  return (
    <nav aria-label="Candidate pages" className="mt-3 flex items-center gap-3">
      <button
        type="button"
        className={button}
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        Previous {PAGE}
      </button>
      <span>
        {(page * PAGE + 1).toLocaleString("en-US")}–
        {Math.min(total, (page + 1) * PAGE).toLocaleString("en-US")} of{" "}
        {total.toLocaleString("en-US")}
      </span>
      <button
        type="button"
        className={button}
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
      >
        Next {PAGE}
      </button>
    </nav>
  );
}
