// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, and a field in double quotes
// (quotes inside doubled) when it holds a comma, a quote or a line break.

export type CsvValue = string | number | boolean | null;

/**
 * The UTF-8 byte-order mark a CSV file starts with: without it Excel reads the file in the
 * system's legacy code page and shows "Umárov" as "UmÃ¡rov". Other readers skip it.
 */
export const UTF8_BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)"),
// so such text is written with a leading apostrophe, which makes it plain text. Tab and
// carriage return are included because some spreadsheets skip them before reading a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  let text = value === null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
