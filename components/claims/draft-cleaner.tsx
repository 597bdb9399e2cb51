"use client";

import { useEffect } from "react";
import { forgetDraft } from "@/components/claims/use-form-draft";

/** Rendered where a successful save lands: the draft it saved is no longer unsaved. */
export function DraftCleaner({ draftKey }: { draftKey: string }) {
  useEffect(() => forgetDraft(draftKey), [draftKey]);
  return null;
}
