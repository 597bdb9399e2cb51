import type { FieldErrors } from "@/lib/errors";

/** What a form's Server Action returns to `useActionState`. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, sent back so a failed save loses nothing. */
  values?: Record<string, string | string[]>;
  /** Changes on every submission, so the form re-mounts with the returned values. */
  submission?: string;
}

export const initialFormState: FormState = { ok: false };
