"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import type { TopicView } from "@/lib/topics/topic-view";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { firstValue, submitButtonClass } from "@/components/ui/form-parts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Renaming (the address stays the same) and archiving or bringing back a topic. */
export function TopicManageForms({ action, topic }: { action: Action; topic: TopicView }) {
  const [renameState, rename, renaming] = useActionState(action, initialFormState);
  const [archiveState, archive, archiving] = useActionState(action, initialFormState);
  const archived = topic.archivedAt !== null;
  return (
    <>
      <form key={renameState.submission} action={rename} noValidate className="max-w-xl">
        <FormMessage state={renameState} />
        <input type="hidden" name="id" value={topic.id} />
        <TextField
          name="name"
          label="Name"
          required
          maxLength={100}
          hint="The topic's address stays the same, so existing links keep working."
          defaultValue={firstValue(renameState.values?.name) ?? topic.name}
          error={renameState.fieldErrors?.name}
        />
        <button type="submit" disabled={renaming} className={submitButtonClass}>
          {renaming ? "Renaming…" : "Rename topic"}
        </button>
      </form>
      <form action={archive} className="mt-6 max-w-xl">
        <FormMessage state={archiveState} />
        <input type="hidden" name="id" value={topic.id} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <p className="mb-2 text-stone-700">
          {archived
            ? "Archived: not offered for new claims. Bring it back to offer it again."
            : "Archiving stops offering this topic for new claims; claims that have it keep it."}
        </p>
        <button
          type="submit"
          disabled={archiving}
          className="rounded border border-stone-500 bg-white px-4 py-2 font-medium disabled:opacity-60"
        >
          {archived ? "Unarchive topic" : "Archive topic"}
        </button>
      </form>
    </>
  );
}
