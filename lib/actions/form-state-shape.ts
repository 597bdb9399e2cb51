import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** Someone else's newer save that clashed with this one, field by field. */
export interface ConflictView {
  /** The revision saved by someone else; saving now makes revision `version + 1`. */
  version: number;
  savedBy: string;
  savedAt: string;
  /** Only the fields both sides changed differently. */
  fields: {
    name: string;
    label: string;
    theirs: string;
    yours: string;
    /** Your value as the form sends it, kept so you can choose it. */
    yoursValue: string | string[];
    yoursLabel?: string;
  }[];
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
  /** Extra data of the failure (e.g. a conflict's details), for the action to use. */
  details?: unknown;
}

export const initialFormState: FormState = { ok: false };
