"use client";

import { useEffect } from "react";
import { draftStorageKey } from "@/components/claims/use-form-draft";

/** Rendered where a successful save lands: the drafts it saved are no longer unsaved. */
export function DraftCleaner({ draftKey }: { draftKey: string }) {
  useEffect(() => {
    window.localStorage.removeItem(draftStorageKey(draftKey));
  }, [draftKey]);
  return null;
}
