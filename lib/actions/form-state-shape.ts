import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** Someone else's newer save that refused this one, field by field. */
export interface ConflictView {
  version: number;
  savedBy: string;
  savedAt: string;
  fields: { name: string; label: string; theirs: string; yours: string }[];
}

/** What a form's Server Action returns to `useActionState`. */
export interface FormState {
  ok: boolean;
  /** The error code when the save failed (see lib/errors.ts). */
  code?: ErrorCode;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, sent back so a failed save loses nothing. */
  values?: Record<string, string | string[]>;
  /** Changes on every submission, so the form re-mounts with the returned values. */
  submission?: string;
  conflict?: ConflictView;
}

export const initialFormState: FormState = { ok: false };
