import type { ConflictView } from "@/lib/actions/form-state-shape";

/** Shows someone else's newer save next to this user's unsaved change. */
export function ConflictPanel({ conflict }: { conflict: ConflictView }) {
  return (
    <section
      aria-labelledby="conflict-heading"
      className="mb-6 rounded border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        {conflict.savedBy} saved a newer version (revision {conflict.version}) at{" "}
        <time dateTime={conflict.savedAt}>{new Date(conflict.savedAt).toUTCString()}</time>
      </h2>
      <p className="mt-1">
        Nothing was overwritten. Your version is still in the form below. Compare, adjust, and save
        again to apply your change on top of theirs.
      </p>
      {conflict.fields.length === 0 ? (
        <p className="mt-2">Their version and yours have the same content.</p>
      ) : (
        <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">Their version and yours, field by field</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/5 border-b border-stone-400 p-1">
                Field
              </th>
              <th scope="col" className="border-b border-stone-400 p-1">
                Their version
              </th>
              <th scope="col" className="border-b border-stone-400 p-1">
                Your version
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => (
              <tr key={f.name} className="align-top">
                <th scope="row" className="border-b border-stone-300 p-1 font-medium">
                  {f.label}
                </th>
                <td className="whitespace-pre-wrap break-words border-b border-stone-300 p-1">
                  {f.theirs || "—"}
                </td>
                <td className="whitespace-pre-wrap break-words border-b border-stone-300 p-1">
                  {f.yours || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
