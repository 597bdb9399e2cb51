"use client";

import { useContext, useEffect } from "react";
import { ComboBoxStateContext } from "react-aria-components";
import type { PickerItem, RecordSearch } from "@/components/pickers/record-search";

// The parts of components/pickers/record-picker.tsx that tell the user what a search found:
// the list opened when there is something new in it, and the live status line.

/**
 * Opens the list whenever there is something new to show while the user is in the field: a
 * search's answer, or a given list filtered by new text. React Aria opens it as keys are
 * typed one by one, but not for text pasted (or filled) in one go, nor for an answer that
 * arrives after a quick blur-and-return or after the list was closed while searching.
 */
export function OpenWhenFound({ query, found }: { query: string; found: RecordSearch | null }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    const ready = found === null || found.status === "done";
    if (state && query && ready && state.isFocused && !state.isOpen) {
      state.open(null, "manual");
    }
    // Only new text or a new answer opens the list (so Escape keeps it closed); the state
    // object changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [found, query]);
  return null;
}

/** What the live region says: the choice, the search in progress, or its result. */
export function statusText(p: {
  query: string;
  chosen: PickerItem | undefined;
  found: RecordSearch;
  listed: PickerItem[];
  searched: boolean;
  creatable: boolean;
  noun: [string, string];
}): string {
  const [one, many] = p.noun;
  if (p.chosen) return `Selected: ${p.chosen.label}`;
  if (!p.query) return "";
  if (p.searched && p.found.status === "loading") return "Searching…";
  if (p.searched && p.found.status === "error")
    return `Could not search ${many}. Check the connection and try again.`;
  const total = p.searched ? p.found.total : p.listed.length;
  if (total === 0)
    return `No ${one} matches “${p.query}”.${p.creatable ? " You can create one." : ""}`;
  const said = `${total} ${total === 1 ? `${one} matches` : `${many} match`}`;
  return total > p.listed.length ? `${said}; the first ${p.listed.length} are listed.` : `${said}.`;
}
