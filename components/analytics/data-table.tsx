import type { Column } from "@/lib/analytics/table-columns";
import { ScrollTable } from "@/components/ui/scroll-table";

interface Props<T> {
  caption: string;
  /** The address of this table's CSV download (lib/analytics/csv-downloads.ts), same filters. */
  csvHref: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: string;
  /** Rows to show muted (bins with few forecasts), said in words too. */
  muted?: (row: T) => boolean;
}

/**
 * A data table with its caption and a link to download exactly what it shows as CSV. The
 * file is served by a route with the page's filters, not embedded in the page.
 */
export function DataTable<T>({ caption, csvHref, columns, rows, rowKey, empty, muted }: Props<T>) {
  // Cell styles are set once on the table, not on each of the thousands of cells, so the page
  // (and the React payload that repeats it) stays small; numeric cells are marked `data-n`.
  return (
    <ScrollTable label={caption} className="mt-3">
      <table className="w-full text-left text-sm [&_tbody_tr]:border-b [&_tbody_tr]:border-stone-200 [&_td]:py-1 [&_td]:pr-3 [&_td[data-n]]:text-right [&_td[data-n]]:tabular-nums [&_th]:py-1 [&_th]:pr-3 [&_th[data-n]]:text-right [&_tbody_th]:font-normal">
        <caption className="mb-1 text-left font-medium">
          {caption}{" "}
          <a href={csvHref} download className="ml-2 font-normal text-blue-800 underline">
            Download CSV<span className="sr-only"> of {caption}</span>
          </a>
        </caption>
        <thead>
          <tr className="border-b border-stone-400">
            {columns.map((c) => (
              <th key={c.header} scope="col" data-n={c.numeric ? "" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="text-stone-700">
                {empty ?? "Nothing to show for these filters."}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={muted?.(row) ? "text-stone-600 italic" : undefined}>
                {columns.map((c, i) => {
                  const text = c.show ? c.show(row) : String(c.value(row) ?? "");
                  // A plain link: a client <Link> per row would add a component reference and its
                  // props to the React payload for each of the 50 speakers listed.
                  const href = c.href?.(row);
                  const content = href ? <a href={href}>{text}</a> : text;
                  return i === 0 ? (
                    <th key={i} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={i} data-n={c.numeric ? "" : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollTable>
  );
}
