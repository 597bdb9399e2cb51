import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/actions/form-state-shape";
import type { Mutation } from "@/lib/mutation";
import type { SessionUser } from "@/lib/auth/session-user";
import { formDataToObject } from "@/lib/forms/form-data";
import { logUnexpected } from "@/lib/log";

export type { FormState } from "@/lib/actions/form-state-shape";

/**
 * Runs a mutation for a form: the same guarded path as the API, with failures turned into
 * field messages and the typed values handed back.
 */
export async function runFormMutation<T>(
  mutation: Mutation<unknown, T>,
  user: SessionUser | null,
  formData: FormData | Record<string, string | string[]>,
  lists: readonly string[] = [],
): Promise<{ ok: true; result: T } | { ok: false; state: FormState }> {
  const values = formData instanceof FormData ? formDataToObject(formData, lists) : formData;
  const submission = randomUUID();
  try {
    return { ok: true, result: await mutation.execute(user, values) };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        state: {
          ok: false,
          code: error.code,
          message: error.message,
          fieldErrors: error.fields,
          details: error.details,
          values,
          submission,
        },
      };
    }
    const requestId = logUnexpected("form", error);
    return {
      ok: false,
      state: {
        ok: false,
        message: `Something went wrong on our side (reference ${requestId}). Your input is kept; try again.`,
        values,
        submission,
      },
    };
  }
}
