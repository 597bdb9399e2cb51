"use client";

import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { CAPTURED_TEXT_MAX, SOURCE_URL_MAX } from "@/lib/sources/schemas";
import { TextArea, TextField } from "@/components/ui/form-fields";
import { FetchTextButton } from "@/components/sources/fetch-text-button";
import { SourceFields } from "@/components/sources/source-fields";
import { useKeptInputAction } from "@/components/sources/use-kept-input-action";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A new source from its address and text; re-mounts with what was typed after a failure. */
export function SourceForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(useKeptInputAction(action), initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.submission} ref={formRef} action={formAction} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      <TextField
        name="url"
        label="Address (URL)"
        hint="The page's http:// or https:// address. If it is already in the library, you can save your text as a new capture of it."
        type="url"
        required
        maxLength={SOURCE_URL_MAX}
        defaultValue={one(v.url)}
        error={e.url}
      />
      <FetchTextButton formRef={formRef} />
      <SourceFields values={v} errors={e} />
      <TextArea
        name="capturedText"
        label="Captured text"
        hint="The page's text as it reads now: paste it, or fetch it above. It is kept with the capture time and its SHA-256, so quotes can be checked later."
        required
        rows={14}
        maxLength={CAPTURED_TEXT_MAX}
        defaultValue={one(v.capturedText)}
        error={e.capturedText}
      />
      <input type="hidden" name="captureMethod" defaultValue={one(v.captureMethod) ?? "PASTED"} />
      {state.code === "CONFLICT" ? (
        <button
          type="submit"
          name="recapture"
          value="1"
          disabled={pending}
          className="mb-3 mr-3 rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          Save as a new capture of the existing source
        </button>
      ) : (
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Add source"}
        </button>
      )}
    </form>
  );
}
