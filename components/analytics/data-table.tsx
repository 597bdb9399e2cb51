import type { Column } from "@/lib/analytics/table-columns";
import { ScrollTable } from "@/components/ui/scroll-table";
import { tableBodyHtml } from "@/components/analytics/table-body-html";

interface Props<T> {
  caption: string;
  /** The address of this table's CSV download (lib/analytics/csv-downloads.ts), same filters. */
  csvHref: string;
  columns: Column<T>[];
  rows: T[];
  empty?: string;
  /** Rows to show muted (bins with few forecasts), said in words too. */
  muted?: (row: T) => boolean;
}

/**
 * A data table with its caption and a link to download exactly what it shows as CSV. The
 * file is served by a route with the page's filters, not embedded in the page.
 */
export function DataTable<T>({ caption, csvHref, columns, rows, empty, muted }: Props<T>) {
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
        <tbody
          // Rows built as one escaped HTML string (table-body-html.ts): thousands of cells cost
          // one React element, not one each.
          dangerouslySetInnerHTML={{
            __html: tableBodyHtml(columns, rows, {
              empty: empty ?? "Nothing to show for these filters.",
              muted,
            }),
          }}
        />
      </table>
    </ScrollTable>
  );
}
