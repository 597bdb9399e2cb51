"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { COMMENT_MAX } from "@/lib/comments/schemas";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/form-fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  claimId: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The comment box; a refused comment comes back with its text. */
export function CommentForm({ action, claimId }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.submission} action={formAction} noValidate className="mt-4 max-w-2xl">
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <TextArea
        name="body"
        label="Add a comment"
        hint="Plain text. Only the team sees comments."
        maxLength={COMMENT_MAX}
        required
        rows={3}
        defaultValue={one(state.values?.body)}
        error={e.body ?? e.claimId}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Posting…" : "Post comment"}
      </button>
    </form>
  );
}
