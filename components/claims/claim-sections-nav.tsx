/** The sections of a member's claim page, in page order: their heading ids and link texts. */
export const CLAIM_SECTIONS = [
  { id: "statement", label: "Statement" },
  { id: "citations", label: "Citations" },
  { id: "timeline", label: "Outcomes" },
  { id: "forecasts", label: "Forecasts" },
  { id: "comments", label: "Discussion" },
  { id: "history", label: "History" },
] as const;

/**
 * In-page navigation of a member's claim page: plain links to each section's heading, kept
 * at the top of the window while the page scrolls (no JavaScript). On a narrow screen the
 * row scrolls sideways inside itself rather than widening the page.
 */
export function ClaimSectionsNav() {
  return (
    <nav
      aria-label="Sections of this claim"
      className="sticky top-0 z-10 -mx-4 mb-4 overflow-x-auto border-b border-stone-300 bg-stone-50/95 px-4 py-2"
    >
      <ul className="flex gap-4 whitespace-nowrap text-sm">
        {CLAIM_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
