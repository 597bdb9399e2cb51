"use client";

import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { TextArea } from "@/components/ui/form-fields";
import { FetchTextButton } from "@/components/sources/fetch-text-button";
import { useKeptInputAction } from "@/components/sources/use-kept-input-action";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  url: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Captures the page again: paste (or fetch) what it says now. A different text becomes a new
 * version and every quote cited from the source is re-checked; the same text only records
 * that the page was checked.
 */
export function RecaptureForm({ action, url }: Props) {
  const [state, formAction, pending] = useActionState(useKeptInputAction(action), initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const v = state.values ?? {};
  return (
    <form key={state.submission} ref={formRef} action={formAction} noValidate className="mt-4">
      <FormMessage state={state} />
      <input type="hidden" name="url" value={url} />
      <input type="hidden" name="captureMethod" defaultValue={one(v.captureMethod) ?? "PASTED"} />
      <FetchTextButton formRef={formRef} />
      <TextArea
        name="capturedText"
        label="The page's text now"
        hint="Paste the page's current text, or fetch it above. Earlier captures are kept unchanged."
        required
        rows={8}
        defaultValue={one(v.capturedText)}
        error={state.fieldErrors?.capturedText}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save new capture"}
      </button>
    </form>
  );
}
