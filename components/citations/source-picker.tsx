"use client";

import { useEffect, useRef, useState } from "react";
import { z } from "zod";

// Picks a source from the library: a search box that asks GET /api/v1/sources as the
// analyst types, and a list box of the matches (the most recent sources to begin with).

export interface SourceOption {
  id: string;
  title: string;
  outlet: string | null;
  reliability: string;
}

const ZPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      reliability: z.string(),
    }),
  ),
});

const label = (s: SourceOption) =>
  `${s.title}${s.outlet ? ` — ${s.outlet}` : ""} (reliability ${s.reliability})`;

export function SourcePicker({
  initial,
  value,
  onChange,
  error,
}: {
  initial: SourceOption[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState(initial);
  const [known, setKnown] = useState(() => new Map(initial.map((s) => [s.id, s])));
  const [searchError, setSearchError] = useState<string | null>(null);
  // The first, empty search would only repeat what the page already sent.
  const searched = useRef(false);

  useEffect(() => {
    if (!searched.current && query === "") return;
    searched.current = true;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: query.trim(), pageSize: "20" });
      fetch(`/api/v1/sources?${params.toString()}`, { signal: controller.signal })
        .then(async (response) => {
          const page = ZPage.safeParse(await response.json());
          if (!response.ok || !page.success) throw new Error("search failed");
          setResults(page.data.items);
          setKnown((k) => new Map([...k, ...page.data.items.map((s) => [s.id, s] as const)]));
          setSearchError(null);
        })
        .catch(() => {
          if (!controller.signal.aborted) setSearchError("The library could not be searched.");
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const selected = known.get(value);
  const options =
    selected && !results.some((s) => s.id === value) ? [selected, ...results] : results;
  return (
    <div className="mb-5">
      <label htmlFor="source-search" className="block font-medium">
        Search the library
      </label>
      <input
        id="source-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Title, outlet, URL or author"
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2"
      />
      {searchError ? <p className="text-sm text-red-800">{searchError}</p> : null}
      <label htmlFor="sourceId" className="mt-3 block font-medium">
        Source <span className="text-red-800">(required)</span>
      </label>
      <select
        id="sourceId"
        name="sourceId"
        size={Math.min(8, Math.max(3, options.length))}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "sourceId-error" : undefined}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700"
      >
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {label(s)}
          </option>
        ))}
      </select>
      {options.length === 0 ? (
        <p className="text-sm text-stone-700">No source matches. Add it to the library first.</p>
      ) : null}
      {error ? (
        <p id="sourceId-error" role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
