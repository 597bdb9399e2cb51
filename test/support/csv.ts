/**
 * A strict RFC 4180 reader, shared by the unit and end-to-end tests of the CSV export: what
 * the writer produces must read back to the values it holds. `trailing` is the field still
 * open at the end (empty when the text ends with CRLF).
 */
export function parseCsv(text: string): { records: string[][]; trailing: string } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return { records, trailing: field };
}
