"use client";

import { useEffect, useState } from "react";
import { z } from "zod";
import { ActorKind } from "@/lib/generated/prisma/enums";
import { ACTOR_KIND_LABELS } from "@/lib/actors/kind-labels";
import { normalizeName } from "@/lib/actors/normalize-name";

/** One record as a picker lists it: its id, the words it is chosen by, and a detail line. */
export interface PickerItem {
  id: string;
  label: string;
  /** A second line: an actor's kind and affiliation, a source's outlet and grade. */
  detail?: string;
}

/** The record kinds a picker can search on the server. */
export type RecordKind = "actors" | "sources";

const ZActors = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(ActorKind),
      affiliation: z.string().nullable().optional(),
      aliases: z.array(z.object({ alias: z.string() })),
    }),
  ),
});

/** A source as pickers list it: its title, then its outlet and reliability grade. */
export const sourceItem = (s: {
  id: string;
  title: string;
  outlet: string | null;
  reliability: string;
}): PickerItem => ({
  id: s.id,
  label: s.title,
  detail: [s.outlet, `reliability ${s.reliability}`].filter(Boolean).join(" · "),
});

const ZSources = z.object({
  total: z.number().optional(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      reliability: z.string(),
    }),
  ),
});

interface Found {
  items: PickerItem[];
  total: number;
}

/**
 * How each kind is searched: the public or member API route that already serves it
 * (GET /api/v1/actors: name, alias and approximate spelling; GET /api/v1/sources: title,
 * outlet, URL, author), and how its answer becomes picker items.
 */
const SEARCHES: Record<RecordKind, (q: string) => { url: string; read: (json: unknown) => Found }> =
  {
    actors: (q) => ({
      url: `/api/v1/actors?${new URLSearchParams({ q, pageSize: "10" }).toString()}`,
      read(json) {
        const page = ZActors.parse(json);
        return {
          total: page.total,
          items: page.items.map((a) => {
            const alias = aliasMatching(a.name, a.aliases, q);
            return {
              id: a.id,
              label: a.name,
              detail: [
                [ACTOR_KIND_LABELS[a.kind], a.affiliation].filter(Boolean).join(", "),
                alias ? `also known as ${alias}` : null,
              ]
                .filter(Boolean)
                .join(" · "),
            };
          }),
        };
      },
    }),
    sources: (q) => ({
      url: `/api/v1/sources?${new URLSearchParams({ q, pageSize: "20" }).toString()}`,
      read(json) {
        const page = ZSources.parse(json);
        return {
          total: page.total ?? page.items.length,
          items: page.items.map(sourceItem),
        };
      },
    }),
  };

/** The alias the query matched when the name itself did not ("Rustam Umarov" for "umarov"). */
function aliasMatching(name: string, aliases: { alias: string }[], query: string) {
  const q = normalizeName(query);
  if (!q || normalizeName(name).includes(q)) return undefined;
  return aliases.find((a) => normalizeName(a.alias).includes(q))?.alias;
}

export type SearchStatus = "idle" | "loading" | "done" | "error";

export interface RecordSearch {
  items: PickerItem[];
  /** Every match on the server; more than `items.length` when only the first are listed. */
  total: number;
  status: SearchStatus;
}

const DEBOUNCE_MS = 200;

/**
 * The records of `kind` matching `query`, asked of the server once the user pauses typing.
 * A newer query aborts the request for an older one, so a slow answer never overwrites a
 * fresher list; until the new answer arrives the previous list stays visible. An empty
 * query asks nothing and lists nothing.
 */
export function useRecordSearch(kind: RecordKind | undefined, query: string): RecordSearch {
  const [state, setState] = useState<RecordSearch & { query: string }>({
    query: "",
    items: [],
    total: 0,
    status: "idle",
  });

  useEffect(() => {
    if (!kind || !query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const search = SEARCHES[kind](query);
      fetch(search.url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          const found = search.read(await response.json());
          setState({ query, ...found, status: "done" });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ query, items: [], total: 0, status: "error" });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, query]);

  if (!kind || !query) return { items: [], total: 0, status: "idle" };
  if (state.query !== query) return { items: state.items, total: state.total, status: "loading" };
  return state;
}
