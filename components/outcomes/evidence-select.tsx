"use client";

import type { EvidenceSourceOption } from "@/lib/outcomes/queries";
import { RecordPicker, type PickerItem } from "@/components/pickers/record-picker";

export const evidenceItem = (s: EvidenceSourceOption): PickerItem => ({
  id: s.id,
  label: s.title,
  detail: [s.outlet, s.url].filter(Boolean).join(" · "),
});

/**
 * The outcome's evidence: any number of sources from the library, searched by title,
 * outlet, URL or author. Before anything is typed it offers the claim's own sources and the
 * newest ones (`suggested`).
 */
export function EvidenceSelect({
  suggested,
  defaultSelected,
  error,
}: {
  suggested: EvidenceSourceOption[];
  defaultSelected: PickerItem[];
  error?: string;
}) {
  return (
    <RecordPicker
      name="sourceIds"
      label="Evidence"
      hint="Optional. Type part of a title, outlet or address, then choose; choose again to add more."
      multiple
      search="sources"
      noun={["source", "sources"]}
      initialOptions={suggested.map(evidenceItem)}
      defaultSelected={defaultSelected}
      error={error}
    />
  );
}
