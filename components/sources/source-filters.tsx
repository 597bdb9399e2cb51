import { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import type { SourceListQuery } from "@/lib/sources/list-query";
import { reliabilityText, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { QUERY_MAX } from "@/lib/forms/limits";

const control = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2";

/** The library's search box and filters: a plain GET form, so results have a shareable URL. */
export function SourceFilters({ query }: { query: Partial<SourceListQuery> }) {
  return (
    <form
      method="get"
      action="/sources"
      role="search"
      className="mb-6 flex flex-wrap items-end gap-4"
    >
      <div>
        <label htmlFor="q" className="block font-medium">
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          maxLength={QUERY_MAX}
          defaultValue={query.q ?? ""}
          placeholder="Title, outlet, URL or author"
          className={`${control} w-72`}
        />
      </div>
      <div>
        <label htmlFor="kind" className="block font-medium">
          Kind
        </label>
        <select id="kind" name="kind" defaultValue={query.kind ?? ""} className={control}>
          <option value="">Any kind</option>
          {Object.values(SourceKind).map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="reliability" className="block font-medium">
          Reliability
        </label>
        <select
          id="reliability"
          name="reliability"
          defaultValue={query.reliability ?? ""}
          className={control}
        >
          <option value="">Any grade</option>
          {Object.values(SourceReliability).map((r) => (
            <option key={r} value={r}>
              {reliabilityText(r)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
        Search
      </button>
    </form>
  );
}
