"use client";

import { useEffect, useState } from "react";
import type { ActorView } from "@/lib/actors/actor-view";

const DEBOUNCE_MS = 250;
const LIMIT = 10;

export type SearchStatus = "idle" | "loading" | "done" | "error";

interface SearchState {
  query: string;
  results: ActorView[];
  total: number;
  status: SearchStatus;
}

export type ActorSearch = Omit<SearchState, "query">;

/**
 * Actors matching `query` (name or alias) from GET /api/v1/actors, fetched once the user
 * pauses typing. A newer query aborts the request for an older one, so a slow answer never
 * overwrites a fresher list.
 */
export function useActorSearch(query: string): ActorSearch {
  const [state, setState] = useState<SearchState>({
    query: "",
    results: [],
    total: 0,
    status: "idle",
  });

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: query, pageSize: String(LIMIT) });
      fetch(`/api/v1/actors?${params.toString()}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`Actor search answered ${response.status}`);
          return (await response.json()) as { items: ActorView[]; total: number };
        })
        .then(({ items, total }) => setState({ query, results: items, total, status: "done" }))
        .catch(() => {
          if (!controller.signal.aborted) {
            setState({ query, results: [], total: 0, status: "error" });
          }
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  if (!query) return { results: [], total: 0, status: "idle" };
  // Until the answer for this exact query arrives, the previous list stays visible.
  if (state.query !== query)
    return { results: state.results, total: state.total, status: "loading" };
  return { results: state.results, total: state.total, status: state.status };
}
