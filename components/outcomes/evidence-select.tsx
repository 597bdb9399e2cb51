import type { EvidenceSourceOption } from "@/lib/outcomes/queries";

/** A multi-select of sources, its hint and error wired like components/ui/form-fields. */
export function EvidenceSelect({
  sources,
  defaultValues,
  error,
}: {
  sources: EvidenceSourceOption[];
  defaultValues: string[];
  error?: string;
}) {
  const described = ["sourceIds-hint", error ? "sourceIds-error" : null].filter(Boolean).join(" ");
  return (
    <div className="mb-5">
      <label htmlFor="sourceIds" className="block font-medium">
        Evidence
      </label>
      <p id="sourceIds-hint" className="text-sm text-stone-600">
        {sources.length === 0
          ? "No sources yet: add the source first, then record the outcome."
          : "Optional. Hold Ctrl (⌘ on a Mac) to choose several sources."}
      </p>
      <select
        id="sourceIds"
        name="sourceIds"
        multiple
        size={Math.min(6, Math.max(2, sources.length))}
        defaultValue={defaultValues}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
      >
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} — {s.url}
          </option>
        ))}
      </select>
      {error ? (
        <p id="sourceIds-error" className="mt-1 text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
