import escapeHtml from "escape-html";
import type { Column } from "@/lib/analytics/table-columns";

/** The classes of a muted row (a calibration bin with few forecasts). */
export const MUTED_ROW_CLASS = "text-stone-600 italic";

/**
 * The rows of an analytics table as one HTML string: a header cell (`<th scope="row">`) for
 * the first column, `<td data-n>` for numeric ones, a link where the column gives one, and
 * `empty` in a single cell when there are no rows. Every text and attribute value is escaped
 * (escape-html: & < > " '), so a name holding markup shows as text.
 *
 * Why a string: a table of a few thousand cells as React elements costs the server a
 * React element, a payload entry and an HTML fragment per cell on every request; as one
 * string it costs one of each (the analytics page's figures are rendered per request, even
 * when read from the cache).
 */
export function tableBodyHtml<T>(
  columns: Column<T>[],
  rows: T[],
  options: { empty: string; muted?: (row: T) => boolean },
): string {
  if (rows.length === 0) {
    return `<tr><td colspan="${columns.length}" class="text-stone-700">${escapeHtml(options.empty)}</td></tr>`;
  }
  let html = "";
  for (const row of rows) {
    html += options.muted?.(row) ? `<tr class="${MUTED_ROW_CLASS}">` : "<tr>";
    columns.forEach((c, i) => {
      const text = escapeHtml(c.show ? c.show(row) : String(c.value(row) ?? ""));
      const href = c.href?.(row);
      const content = href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      if (i === 0) html += `<th scope="row">${content}</th>`;
      else html += c.numeric ? `<td data-n="">${content}</td>` : `<td>${content}</td>`;
    });
    html += "</tr>";
  }
  return html;
}
