/** Downloads of what a search found (every match, not one page) and the site's feed. */
export function ExportLinks({
  query,
  label = "Download these claims:",
}: {
  /** The search's filters as URL parameters; the exports honour them. */
  query: string;
  label?: string;
}) {
  const suffix = query ? `?${query}` : "";
  return (
    <p className="mt-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <span className="text-stone-700">{label}</span>
      <a href={`/api/v1/export/claims.csv${suffix}`} download>
        CSV
      </a>
      <a href={`/api/v1/export/claims.json${suffix}`} download>
        JSON
      </a>
      <span className="text-stone-700">·</span>
      <a href="/feed.xml">Atom feed</a>
    </p>
  );
}
