"use client";

import { useActionState, useRef } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import { KIND_HINTS, KIND_LABELS } from "@/lib/scales";
import { CLAIMANT_ROLE_MAX, RESOLUTION_CRITERIA_MAX, STATEMENT_MAX } from "@/lib/claims/schemas";
import {
  CheckboxField,
  DateField,
  SelectField,
  TextArea,
  TextField,
} from "@/components/ui/form-fields";
import { ConflictPanel } from "@/components/claims/conflict-panel";
import { forgetDraft, useDraftAutosave, useStoredDraft } from "@/components/claims/use-form-draft";
import { ClaimantPicker } from "@/components/actors/claimant-picker";
import { RecordPicker } from "@/components/pickers/record-picker";
import { keptChoices } from "@/components/pickers/kept-choices";
import { Timestamp } from "@/components/ui/timestamp";

type Values = Record<string, string | string[]>;

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  topics: { id: string; name: string }[];
  /** The saved claim's values when editing; nothing for a new claim. */
  initial?: Values;
  /** Where unsaved work is kept in this browser ("claim:new", "claim:<id>"). */
  draftKey: string;
  /** This form's own address, to come back to after signing in again. */
  returnTo: string;
  submitLabel: string;
  /** Said after "Saving makes revision N." when editing. */
  saveNote?: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const LISTS = ["topicIds"] as const;

/** The claim form. After a failed save it re-mounts with exactly what was typed. */
export function ClaimForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useDraftAutosave(formRef, props.draftKey);
  const draft = useStoredDraft(props.draftKey, LISTS);
  // What the server sent back wins; else unsaved work from this browser; else the saved claim.
  const restored = state.values === undefined && draft !== null;
  const v = state.values ?? draft?.values ?? props.initial ?? {};
  const topicItems = props.topics.map((t) => ({ id: t.id, label: t.name }));
  const e = state.fieldErrors ?? {};
  const claimantName = one(v.claimantIdLabel);
  return (
    <form
      ref={formRef}
      key={state.submission ?? (restored ? "draft" : "initial")}
      action={formAction}
      noValidate
      className="max-w-2xl"
    >
      {restored ? (
        <p role="status" className="mb-4 rounded bg-blue-50 p-3 text-blue-950">
          Restored your unsaved changes from <Timestamp iso={draft.savedAt} />.{" "}
          <button
            type="button"
            className="underline"
            onClick={() => {
              forgetDraft(props.draftKey);
              window.location.reload();
            }}
          >
            Discard them
          </button>
        </p>
      ) : null}
      {state.conflict ? <ConflictPanel conflict={state.conflict} errors={e} /> : null}
      {state.message && !state.conflict ? (
        <div role="alert" className="mb-6 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <p>{state.message}</p>
          {state.code === "UNAUTHORIZED" ? (
            <p className="mt-1">
              Your changes are kept in this browser.{" "}
              <a href={`/sign-in?callbackUrl=${encodeURIComponent(props.returnTo)}`}>
                Sign in again
              </a>{" "}
              and you will be brought back to them.
            </p>
          ) : null}
        </div>
      ) : null}
      {v.id !== undefined ? <input type="hidden" name="id" value={one(v.id)} /> : null}
      {v.version !== undefined ? (
        <>
          <input type="hidden" name="version" value={one(v.version)} />
          <p className="mb-6 text-stone-700">
            Saving makes revision {Number(one(v.version)) + 1}. {props.saveNote}
          </p>
        </>
      ) : null}
      <TextArea
        name="statement"
        label="Statement"
        hint="The claimant's exact words where there are any; otherwise a faithful paraphrase."
        required
        rows={4}
        defaultValue={one(v.statement)}
        maxLength={STATEMENT_MAX}
        error={e.statement}
      />
      {/* An unticked checkbox sends nothing; this makes "paraphrase" an explicit value. */}
      <input type="hidden" name="isVerbatim" value="false" />
      <CheckboxField
        name="isVerbatim"
        label="Verbatim quote"
        hint="Leave unticked for a paraphrase; it is shown as such."
        defaultChecked={["on", "true"].includes(one(v.isVerbatim) ?? "")}
        error={e.isVerbatim}
      />
      <ClaimantPicker
        name="claimantId"
        label="Claimant"
        required
        error={e.claimantId}
        defaultValue={
          one(v.claimantId) && claimantName
            ? { id: one(v.claimantId) ?? "", name: claimantName }
            : undefined
        }
      />
      <TextField
        name="claimantRole"
        label="Claimant's role at the time"
        hint="For example: Ukraine's chief negotiator and defense minister"
        defaultValue={one(v.claimantRole)}
        error={e.claimantRole}
        maxLength={CLAIMANT_ROLE_MAX}
      />
      <DateField
        name="madeAt"
        label="Date made"
        required
        defaultValue={one(v.madeAt)}
        error={e.madeAt}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={Object.values(ClaimKind).map((k) => ({
          value: k,
          label: `${KIND_LABELS[k]} — ${KIND_HINTS[k]}`,
        }))}
        defaultValue={one(v.kind)}
        error={e.kind}
      />
      {props.topics.length > 0 ? (
        <RecordPicker
          name="topicIds"
          label="Topics"
          hint="Type part of a topic's name, then choose; choose again to add more."
          multiple
          noun={["topic", "topics"]}
          options={topicItems}
          defaultSelected={keptChoices(v, "topicIds", topicItems)}
          error={e.topicIds}
        />
      ) : null}
      <TextArea
        name="resolutionCriteria"
        label="Resolution criteria"
        hint="What would make this claim hold?"
        rows={3}
        defaultValue={one(v.resolutionCriteria)}
        error={e.resolutionCriteria}
        maxLength={RESOLUTION_CRITERIA_MAX}
      />
      <DateField
        name="resolveBy"
        label="Resolve by"
        hint="Optional: the date by which it should be known whether the claim held."
        defaultValue={one(v.resolveBy)}
        error={e.resolveBy}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : state.conflict ? "Save with my choices" : props.submitLabel}
      </button>
    </form>
  );
}
