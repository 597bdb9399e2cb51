"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { ActorView } from "@/lib/actors/actor-view";
import { useActorSearch } from "@/components/actors/use-actor-search";
import { ActorOptionText, searchStatusText } from "@/components/actors/picker-text";
import { InlineActorCreate } from "@/components/actors/inline-actor-create";

interface Props {
  name: string;
  label: string;
  defaultValue?: { id: string; name: string };
  error?: string;
  required?: boolean;
}

type Option = { kind: "actor"; actor: ActorView } | { kind: "create" };

/**
 * Chooses an actor by name or alias (WAI-ARIA combobox with a listbox popup), or creates
 * one inline. It submits the chosen id as `name` with the surrounding form, and the chosen
 * actor's name as `${name}Label`, so a form that comes back after a failed save can show
 * the choice again.
 */
export function ClaimantPicker({ name, label, defaultValue, error, required }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState(defaultValue?.id ? defaultValue : undefined);
  const [text, setText] = useState(defaultValue?.name ?? "");
  const [open, setOpen] = useState(false);
  const [activeIndex, setActive] = useState(-1);
  const [creating, setCreating] = useState<string>();

  const query = selected ? "" : text.trim();
  const search = useActorSearch(query);
  const options: Option[] = query
    ? [...search.results.map((actor) => ({ kind: "actor" as const, actor })), { kind: "create" }]
    : [];
  const expanded = open && options.length > 0;
  // A newer, shorter list may arrive while an option is highlighted.
  const active = activeIndex < options.length ? activeIndex : -1;
  const optionId = (i: number) => `${id}-option-${i}`;

  function choose(option: Option | undefined) {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    if (option.kind === "create") {
      setCreating(text.trim());
      return;
    }
    setSelected({ id: option.actor.id, name: option.actor.name });
    setText(option.actor.name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setOpen(true);
        setActive((i) =>
          !open || i < 0 ? (step > 0 ? 0 : count - 1) : (i + step + count) % count,
        );
        return;
      }
      case "Enter":
        // Choosing from the list must not also submit the form.
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(options[active]);
        }
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setSelected(undefined);
          setText("");
        }
        return;
    }
  }

  const status = searchStatusText(selected?.name, query, search);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="mb-5">
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <input type="hidden" name={`${name}Label`} value={selected?.name ?? ""} />
      <label htmlFor={`${id}-input`} className="block font-medium">
        {label}
        {required ? <span className="text-red-800"> (required)</span> : null}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        Type part of a name or alias, then choose from the list.
      </p>
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSelected(undefined);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        />
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label={label}
          hidden={!expanded}
          // Keeps focus in the input while an option is clicked.
          onMouseDown={(e) => e.preventDefault()}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded border border-stone-400 bg-white shadow-lg"
        >
          {options.map((option, i) => (
            <li
              key={option.kind === "actor" ? option.actor.id : "create"}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => choose(option)}
              onMouseMove={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-blue-100" : ""} ${
                option.kind === "create" ? "border-t border-stone-300 text-blue-900" : ""
              }`}
            >
              {option.kind === "create" ? (
                `Create a new actor “${query}”`
              ) : (
                <ActorOptionText actor={option.actor} query={query} />
              )}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-status`} role="status" className="mt-1 min-h-5 text-sm text-stone-700">
        {status}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      ) : null}
      {creating !== undefined ? (
        <InlineActorCreate
          initialName={creating}
          onCreated={(actor) => {
            setCreating(undefined);
            setSelected({ id: actor.id, name: actor.name });
            setText(actor.name);
            inputRef.current?.focus();
          }}
          onCancel={() => {
            setCreating(undefined);
            inputRef.current?.focus();
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => setCreating(selected ? "" : text.trim())}
          className="mt-1 text-sm text-blue-900 underline"
        >
          New actor…
        </button>
      )}
    </div>
  );
}
