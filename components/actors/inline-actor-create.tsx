"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ActorView } from "@/lib/actors/actor-view";
import { ACTOR_KIND_OPTIONS } from "@/lib/actors/kind-labels";
import type { FieldErrors } from "@/lib/errors";

interface Props {
  initialName: string;
  onCreated: (actor: ActorView) => void;
  onCancel: () => void;
}

const control =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/** What went wrong, in words, for an answer other than 201. */
async function failureOf(response: Response): Promise<{ message: string; fields: FieldErrors }> {
  if (response.status === 401) {
    return { message: "Your session has expired. Sign in again, then retry.", fields: {} };
  }
  try {
    const body = (await response.json()) as { error?: { message?: string; fields?: FieldErrors } };
    return {
      message: body.error?.message ?? "The actor could not be created.",
      fields: body.error?.fields ?? {},
    };
  } catch {
    return { message: "The actor could not be created. Try again.", fields: {} };
  }
}

/**
 * The claimant picker's "new actor" panel. It sits inside the claim's own form, so it is not
 * a <form> and its inputs have no `name`: nothing here is submitted with the claim. It posts
 * to the API itself and hands the created actor back.
 */
export function InlineActorCreate({ initialName, onCreated, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState("PERSON");
  const [affiliation, setAffiliation] = useState("");
  const [aliases, setAliases] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  async function create() {
    setPending(true);
    setMessage(undefined);
    setErrors({});
    try {
      const response = await fetch("/api/v1/actors", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ name, kind, affiliation, aliases }),
      });
      if (response.status === 201) {
        onCreated((await response.json()) as ActorView);
        return;
      }
      const failure = await failureOf(response);
      // One alias's error ("aliases.2") is shown beside the aliases box.
      const aliasError = Object.entries(failure.fields).find(([k]) => k.startsWith("aliases."));
      setErrors(aliasError ? { aliases: aliasError[1], ...failure.fields } : failure.fields);
      setMessage(failure.message);
    } catch {
      setMessage("The actor could not be created: the server did not answer. Try again.");
    } finally {
      setPending(false);
    }
  }

  // Enter would submit the claim form around this panel; here it means "create".
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter") {
      event.preventDefault();
      if (!pending) void create();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  }

  type Key = "name" | "kind" | "affiliation" | "aliases";
  const field = (key: Key) => ({
    id: `${id}-${key}`,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
    onKeyDown,
  });
  const errorText = (key: Key) =>
    errors[key] ? (
      <p id={`${id}-${key}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[key]}
      </p>
    ) : null;

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className="mt-2 rounded border border-stone-400 bg-stone-50 p-4"
    >
      <p id={`${id}-title`} className="font-semibold">
        New actor
      </p>
      {message ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {message}
        </p>
      ) : null}
      <div className="mt-3">
        <label htmlFor={`${id}-name`} className="block font-medium">
          Name <span className="text-red-800">(required)</span>
        </label>
        <input
          ref={nameRef}
          {...field("name")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={control}
          aria-required
        />
        {errorText("name")}
      </div>
      <div className="mt-3">
        <label htmlFor={`${id}-kind`} className="block font-medium">
          Kind
        </label>
        <select
          {...field("kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          className={control}
        >
          {ACTOR_KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {errorText("kind")}
      </div>
      <div className="mt-3">
        <label htmlFor={`${id}-affiliation`} className="block font-medium">
          Affiliation
        </label>
        <input
          {...field("affiliation")}
          value={affiliation}
          onChange={(e) => setAffiliation(e.target.value)}
          className={control}
        />
        {errorText("affiliation")}
      </div>
      <div className="mt-3">
        <label htmlFor={`${id}-aliases`} className="block font-medium">
          Aliases
        </label>
        <p id={`${id}-aliases-hint`} className="text-sm text-stone-600">
          Other spellings and transliterations, one per line.
        </p>
        <textarea
          {...field("aliases")}
          // Enter starts the next alias here; Escape still cancels.
          onKeyDown={(event) => {
            if (event.key === "Escape") onKeyDown(event);
          }}
          aria-describedby={
            errors.aliases ? `${id}-aliases-hint ${id}-aliases-error` : `${id}-aliases-hint`
          }
          rows={2}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          className={control}
        />
        {errorText("aliases")}
      </div>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={() => void create()}
          disabled={pending}
          className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create and select"}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-stone-500 px-3 py-1.5"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
