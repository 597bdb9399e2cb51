"use client";

import { useMemo } from "react";
import { unstable_rethrow } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state-shape";
import { formDataToObject } from "@/lib/forms/form-data";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Wraps a Server Action so that a request that never gets an answer (the connection drops,
 * or the server refuses a body over its size limit before the action runs) comes back as a
 * form error with everything typed, instead of an error page that loses a pasted article.
 */
export function useKeptInputAction(action: Action): Action {
  return useMemo(() => keepInputOnFailure(action), [action]);
}

/**
 * The wrapper itself (`useKeptInputAction` memoises it): returns the action's state, or on a
 * thrown error `{ ok: false, message, values }` with the submitted form's values. Next.js's
 * own control flow (`redirect()`, `notFound()` after a successful save) also travels as a
 * thrown value; `unstable_rethrow` (next/navigation, Next's supported check) passes it on.
 */
export function keepInputOnFailure(action: Action): Action {
  return async (state, formData) => {
    try {
      return await action(state, formData);
    } catch (error) {
      unstable_rethrow(error);
      return {
        ok: false,
        message:
          "Your input could not be sent: the connection failed or the text is too large. Nothing was saved; your input is kept.",
        values: formDataToObject(formData),
        submission: crypto.randomUUID(),
      };
    }
  };
}
