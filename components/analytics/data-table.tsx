import type { ReactNode } from "react";
import { csvRecord, type CsvValue } from "@/lib/public/csv";

export interface Column<T> {
  header: string;
  /** The value written to the CSV download (and shown, unless `render` is given). */
  value: (row: T) => CsvValue;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  /** File name of the CSV download, without ".csv". */
  file: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: string;
  /** Rows to show muted (bins with few forecasts), said in words too. */
  muted?: (row: T) => boolean;
}

/**
 * A data table with its caption and a CSV download of exactly what it shows. The CSV is a
 * data: link built on the server (RFC 4180 via lib/public/csv.ts), so no script is needed.
 */
export function DataTable<T>({ caption, file, columns, rows, rowKey, empty, muted }: Props<T>) {
  const csv =
    csvRecord(columns.map((c) => c.header)) +
    rows.map((row) => csvRecord(columns.map((c) => c.value(row)))).join("");
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium">
          {caption}{" "}
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
            download={`${file}.csv`}
            className="ml-2 font-normal text-blue-800 underline"
          >
            Download CSV<span className="sr-only"> of {caption}</span>
          </a>
        </caption>
        <thead>
          <tr className="border-b border-stone-400">
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`py-1 pr-3 ${c.numeric ? "text-right" : ""}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="py-2 text-stone-700">
                {empty ?? "Nothing to show for these filters."}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr
                key={rowKey(row)}
                className={`border-b border-stone-200 ${muted?.(row) ? "text-stone-600 italic" : ""}`}
              >
                {columns.map((c, i) => {
                  const content = c.render ? c.render(row) : c.value(row);
                  const className = `py-1 pr-3 ${c.numeric ? "text-right tabular-nums" : ""}`;
                  return i === 0 ? (
                    <th key={c.header} scope="row" className={`${className} font-normal`}>
                      {content}
                    </th>
                  ) : (
                    <td key={c.header} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
