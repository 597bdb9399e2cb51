import type { ReactNode } from "react";

/**
 * The one wrapper for a data table that may be wider than the screen: the table scrolls
 * sideways inside this box instead of widening the page. The box is a labelled region that
 * takes keyboard focus, so a keyboard user can scroll it with the arrow keys and a screen
 * reader announces what it holds (WCAG 2.1.1 and axe's scrollable-region-focusable).
 *
 * Cells holding e-mail addresses, URLs, ids or hashes take the `wrap-address` class
 * (app/globals.css): they wrap where they must, but never narrower than a readable width.
 */
export function ScrollTable({
  label,
  className = "",
  children,
}: {
  /** What the table lists, read out with "table" when focus enters the region: "Users". */
  label: string;
  /** Spacing around the box ("mt-3"). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={`${label} table`}
      tabIndex={0}
      className={`scroll-table ${className}`}
    >
      {children}
    </div>
  );
}
