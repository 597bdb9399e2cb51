import type { ConflictView } from "@/lib/actions/form-state-shape";
import { Timestamp } from "@/components/ui/timestamp";

type Errors = Record<string, string>;

/** Hidden copies of your value for a clashing field, sent back if you choose it. */
function KeptValue({ field }: { field: ConflictView["fields"][number] }) {
  const values = Array.isArray(field.yoursValue) ? field.yoursValue : [field.yoursValue];
  return (
    <>
      <input type="hidden" name={`conflict.${field.name}`} value="1" />
      {values.map((v, i) => (
        <input key={i} type="hidden" name={`mine.${field.name}`} value={v} />
      ))}
      {field.yoursLabel !== undefined ? (
        <input type="hidden" name="mine.claimantIdLabel" value={field.yoursLabel} />
      ) : null}
    </>
  );
}

/**
 * Someone else's newer save next to this user's change. Fields only one side changed were
 * already combined in the form below; each field both changed waits for an explicit choice.
 */
export function ConflictPanel({ conflict, errors }: { conflict: ConflictView; errors: Errors }) {
  return (
    <section
      aria-labelledby="conflict-heading"
      className="mb-6 rounded border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        {conflict.savedBy} saved revision {conflict.version} at <Timestamp iso={conflict.savedAt} />
      </h2>
      <p className="mt-1">
        Nothing was overwritten. The form below now holds their version with your other changes
        applied. You both changed the fields below: choose which version to keep for each, then
        save. Saving makes revision {conflict.version + 1}.
      </p>
      {conflict.fields.map((f) => {
        const error = errors[`keep.${f.name}`];
        const errorId = `keep-${f.name}-error`;
        return (
          <fieldset
            key={f.name}
            className="mt-3 rounded border border-stone-400 bg-white p-3"
            aria-describedby={error ? errorId : undefined}
          >
            <legend className="px-1 font-semibold">{f.label}</legend>
            <KeptValue field={f} />
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name={`keep.${f.name}`} value="theirs" className="mt-1.5" />
              <span>
                Keep theirs ({conflict.savedBy}):{" "}
                <span className="whitespace-pre-wrap break-words">{f.theirs || "—"}</span>
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2">
              <input type="radio" name={`keep.${f.name}`} value="mine" className="mt-1.5" />
              <span>
                Use mine: <span className="whitespace-pre-wrap break-words">{f.yours || "—"}</span>
              </span>
            </label>
            {error ? (
              <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-800">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
