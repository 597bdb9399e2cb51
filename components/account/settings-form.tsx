"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { SelectField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The member's own settings: the time zone their pages show times in. */
export function SettingsForm({
  action,
  timeZone,
  zones,
}: {
  action: Action;
  timeZone: string;
  zones: string[];
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const sent = state.values?.timeZone;
  return (
    <>
      <FormMessage state={state} />
      <form key={state.submission} action={formAction} noValidate className="max-w-xl">
        <SelectField
          name="timeZone"
          label="Time zone"
          hint="Times on your pages (comments, reviews, the audit log…) are shown in this zone. Public pages always show UTC."
          options={zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
          placeholder="Choose a time zone"
          defaultValue={typeof sent === "string" ? sent : timeZone}
          error={state.fieldErrors?.timeZone}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
      </form>
    </>
  );
}
