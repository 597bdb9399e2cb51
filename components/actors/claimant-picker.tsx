"use client";

import { useRef, useState } from "react";
import { RecordPicker, type PickerItem } from "@/components/pickers/record-picker";
import { InlineActorCreate } from "@/components/actors/inline-actor-create";

interface Props {
  name: string;
  label: string;
  defaultValue?: { id: string; name: string };
  error?: string;
  required?: boolean;
  /** Offer "Create a new actor" and "New actor…" (false where only existing actors fit: a merge). */
  canCreate?: boolean;
  /** Told of every change of choice: the actor, or undefined when cleared. */
  onChange?: (actor: PickerItem | undefined) => void;
}

/**
 * Chooses an actor by name, alias or approximate spelling (the shared RecordPicker over
 * GET /api/v1/actors), or creates one inline with its aliases. It submits the chosen id as
 * `name` and the actor's name as `${name}Label`, so a form that comes back after a failed
 * save shows the choice again.
 */
export function ClaimantPicker({
  name,
  label,
  defaultValue,
  error,
  required,
  canCreate = true,
  onChange,
}: Props) {
  const [chosen, setChosen] = useState<PickerItem | undefined>(
    defaultValue?.id ? { id: defaultValue.id, label: defaultValue.name } : undefined,
  );
  // A new actor replaces the picker's own choice: the picker starts again from it.
  const [generation, setGeneration] = useState(0);
  const [creating, setCreating] = useState<string>();
  const area = useRef<HTMLDivElement>(null);
  const focusPicker = () =>
    area.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus();

  return (
    <div ref={area}>
      <RecordPicker
        key={generation}
        autoFocus={generation > 0}
        name={name}
        label={label}
        hint="Type part of a name or alias, then choose from the list."
        required={required}
        error={error}
        search="actors"
        noun={["actor", "actors"]}
        defaultSelected={chosen ? [chosen] : []}
        onChange={(items) => {
          setChosen(items[0]);
          onChange?.(items[0]);
        }}
        create={
          canCreate
            ? { label: (text) => `Create a new actor “${text}”`, onCreate: setCreating }
            : undefined
        }
      />
      {!canCreate ? null : creating !== undefined ? (
        <InlineActorCreate
          initialName={creating}
          onCreated={(actor) => {
            setCreating(undefined);
            setChosen({ id: actor.id, label: actor.name });
            onChange?.({ id: actor.id, label: actor.name });
            setGeneration((g) => g + 1);
          }}
          onCancel={() => {
            setCreating(undefined);
            focusPicker();
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => setCreating("")}
          className="-mt-4 mb-5 text-sm text-blue-900 underline"
        >
          New actor…
        </button>
      )}
    </div>
  );
}
