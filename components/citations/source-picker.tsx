"use client";

import { RecordPicker } from "@/components/pickers/record-picker";
import { sourceItem } from "@/components/pickers/record-search";

/** A source as the citation form offers it before anything is typed. */
export interface SourceOption {
  id: string;
  title: string;
  outlet: string | null;
  reliability: string;
}

/**
 * Picks the citation's source from the library (the shared RecordPicker over
 * GET /api/v1/sources: title, outlet, URL or author), offering the newest ones (`initial`)
 * before anything is typed. Submits `sourceId`; tells `onChange` the chosen id, "" for none.
 */
export function SourcePicker({
  initial,
  value,
  label: chosenLabel,
  onChange,
  error,
}: {
  initial: SourceOption[];
  value: string;
  /** The chosen source's title, when it is not among `initial` (a form handed back). */
  label?: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const known = initial.find((s) => s.id === value);
  const title = known?.title ?? chosenLabel;
  return (
    <RecordPicker
      name="sourceId"
      label="Source"
      required
      hint="Type part of a title, outlet, address or author, then choose. Not there? Add it to the library first."
      search="sources"
      noun={["source", "sources"]}
      initialOptions={initial.map(sourceItem)}
      defaultSelected={value && title ? [{ id: value, label: title }] : []}
      onChange={(chosen) => onChange(chosen[0]?.id ?? "")}
      error={error}
    />
  );
}
