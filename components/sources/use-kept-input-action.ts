"use client";

import { useCallback } from "react";
import type { FormState } from "@/lib/actions/form-state-shape";
import { formDataToObject } from "@/lib/forms/form-data";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Wraps a Server Action so that a request that never gets an answer (the connection drops,
 * or the server refuses a body over its size limit before the action runs) comes back as a
 * form error with everything typed, instead of an error page that loses a pasted article.
 */
export function useKeptInputAction(action: Action): Action {
  return useCallback(
    async (state: FormState, formData: FormData) => {
      try {
        return await action(state, formData);
      } catch (error) {
        // Navigation after a successful save (redirect) travels as a thrown value too.
        if (isNavigation(error)) throw error;
        return {
          ok: false,
          message:
            "Your input could not be sent: the connection failed or the text is too large. Nothing was saved; your input is kept.",
          values: formDataToObject(formData),
          submission: crypto.randomUUID(),
        };
      }
    },
    [action],
  );
}

function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && /^NEXT_(REDIRECT|NOT_FOUND|HTTP_ERROR_FALLBACK)/.test(digest)
  );
}
