/** A data table's header row: one column heading per name (falsy entries are skipped). */
export function TableHead({ columns }: { columns: (string | false)[] }) {
  const shown = columns.filter((c): c is string => Boolean(c));
  return (
    <thead>
      <tr className="border-b border-stone-400">
        {shown.map((name, i) => (
          <th key={name} scope="col" className={i < shown.length - 1 ? "py-2 pr-4" : "py-2"}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
