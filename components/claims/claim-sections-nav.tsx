/**
 * The sections of a member's claim page, in page order: their heading ids and link texts.
 * Each id is its section's name, so an address like /claims/…#outcomes says where it leads.
 */
export const CLAIM_SECTIONS = [
  { id: "statement", label: "Statement" },
  { id: "citations", label: "Citations" },
  { id: "outcomes", label: "Outcomes" },
  { id: "forecasts", label: "Forecasts" },
  { id: "discussion", label: "Discussion" },
  { id: "history", label: "History" },
] as const;

/**
 * In-page navigation of a member's claim page: plain links to each section's heading, kept
 * at the top of the window while the page scrolls (no JavaScript). On a narrow screen the
 * links wrap onto a second line: a row that scrolled sideways inside itself hid "Discussion"
 * and "History" past the edge with nothing to show they were there. The headings' scroll
 * margin (app/globals.css) leaves room for the taller bar.
 */
export function ClaimSectionsNav() {
  return (
    <nav
      aria-label="Sections of this claim"
      className="sticky top-0 z-10 -mx-4 mb-4 border-b border-stone-300 bg-stone-50/95 px-4 py-2"
    >
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {CLAIM_SECTIONS.map((s) => (
          <li key={s.id} className="whitespace-nowrap">
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
