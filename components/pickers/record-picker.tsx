"use client";

import { useEffect, useId, useRef, useState, type Key } from "react";
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from "react-aria-components";
import { normalizeName } from "@/lib/actors/normalize-name";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  useRecordSearch,
  type PickerItem,
  type RecordKind,
} from "@/components/pickers/record-search";
import { OpenWhenFound, statusText } from "@/components/pickers/picker-status";

export type { PickerItem } from "@/components/pickers/record-search";

const CREATE = "__create__";

interface Props {
  /** The form field: each chosen id is submitted as `name`, its label as `${name}Label`. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Several records (shown as removable tags) rather than one. */
  multiple?: boolean;
  /** The choice to begin with: a kept form's values, or the record's current ones. */
  defaultSelected?: PickerItem[];
  /** Search the server for this kind as the user types… */
  search?: RecordKind;
  /** …or filter this list in the browser (a few hundred records at most, like topics). */
  options?: PickerItem[];
  /** Listed before anything is typed (the most recent sources, say). */
  initialOptions?: PickerItem[];
  /** Told of every change of choice. */
  onChange?: (chosen: PickerItem[]) => void;
  /** An extra last option that is an action, like "Create a new actor “…”". */
  create?: { label: (text: string) => string; onCreate: (text: string) => void };
  /** Takes the focus when it mounts (a picker re-made after an inline create). */
  autoFocus?: boolean;
  /** What the records are called in the status line: ["actor", "actors"]. */
  noun?: [string, string];
}

const matches = (item: PickerItem, query: string) =>
  normalizeName(`${item.label} ${item.detail ?? ""}`).includes(normalizeName(query));

/**
 * A searchable picker of records, one or several: React Aria's ComboBox (a WAI-ARIA 1.2
 * combobox with a listbox popup, by keyboard, pointer and touch) over the server's search or
 * a given list, and for several a TagGroup of the chosen ones, each removable by keyboard
 * (Backspace or Delete) or its button. A live status line says how many records match.
 * Choices are plain hidden inputs, so any form (server action or GET) submits them. The
 * field is disabled until hydrated: it cannot search before, and typing would be lost.
 */
export function RecordPicker(props: Props) {
  const {
    name,
    label,
    hint,
    error,
    required,
    multiple = false,
    noun = ["record", "records"],
  } = props;
  const id = useId();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<PickerItem[]>(props.defaultSelected ?? []);
  const single = multiple ? undefined : chosen[0];
  const [text, setText] = useState(single?.label ?? "");
  const query = single && text === single.label ? "" : text.trim();
  const found = useRecordSearch(props.search, query);

  const listed: PickerItem[] = props.options
    ? props.options.filter((o) => !query || matches(o, query))
    : query
      ? found.items
      : (props.initialOptions ?? []);
  // A single choice stays in the collection even when the list no longer shows it: React
  // Aria puts the chosen item's text back in the field on blur, and needs it to do so.
  const items = multiple
    ? listed.filter((o) => !chosen.some((c) => c.id === o.id))
    : single && !listed.some((o) => o.id === single.id)
      ? [single, ...listed]
      : listed;

  function update(next: PickerItem[]) {
    setChosen(next);
    props.onChange?.(next);
  }

  // Hidden inputs change without events; announce the new choice to the form once it is in
  // the DOM, as a native field would, so a form's listeners (the draft autosave) see it.
  const area = useRef<HTMLDivElement>(null);
  const shown = useRef(chosen);
  useEffect(() => {
    if (shown.current === chosen) return;
    shown.current = chosen;
    area.current?.dispatchEvent(new Event("change", { bubbles: true }));
  }, [chosen]);

  function onSelectionChange(key: Key | null) {
    if (key === CREATE) {
      props.create?.onCreate(text.trim());
      return;
    }
    // No choice (the text was edited, or the list closed without one): the text stays.
    if (key === null) {
      if (single) update([]);
      return;
    }
    const item = listed.find((o) => o.id === key) ?? single;
    if (multiple) {
      if (item && !chosen.some((c) => c.id === item.id)) update([...chosen, item]);
      setText("");
    } else {
      update(item ? [item] : []);
      setText(item?.label ?? "");
    }
  }

  function onInputChange(value: string) {
    setText(value);
    // Typing over a single choice undoes it: the field never shows one name and sends another.
    if (!multiple && single && value !== single.label) update([]);
  }

  const status = statusText({
    query,
    chosen: single,
    found,
    listed,
    searched: !!props.search,
    creatable: !!props.create,
    noun,
  });
  // The hint is wired by React Aria (its description slot); the status and error are ours.
  const describedBy = [`${id}-status`, error ? `${name}-error` : null].filter(Boolean).join(" ");

  return (
    <div ref={area} className="mb-5">
      {chosen.map((c) => (
        <span key={c.id} hidden>
          <input type="hidden" name={name} value={c.id} />
          <input type="hidden" name={`${name}Label`} value={c.label} />
        </span>
      ))}
      <ComboBox
        items={[...items, ...(props.create && query ? [{ id: CREATE, label: "" }] : [])]}
        selectedKey={multiple ? null : (single?.id ?? null)}
        inputValue={text}
        onInputChange={onInputChange}
        onSelectionChange={onSelectionChange}
        menuTrigger={props.options || props.initialOptions ? "focus" : "input"}
        allowsEmptyCollection
        // The text is the user's until they choose: Escape or leaving the field closes the list
        // and keeps what was typed (React Aria would otherwise put back the chosen text).
        allowsCustomValue
        isInvalid={!!error}
        isRequired={required}
        isDisabled={!hydrated}
        autoFocus={props.autoFocus}
        validationBehavior="aria"
        aria-describedby={describedBy}
        // Its parts are the field's own: in a row of fields (`field-grid`, app/globals.css)
        // the label and hint, the box and what is under it line up with the neighbours'.
        className="contents"
      >
        <div>
          <Label className="block font-medium">
            {label}
            {required ? <span className="text-red-800"> (required)</span> : null}
          </Label>
          {hint ? (
            <Text slot="description" className="block text-sm text-stone-600">
              {hint}
            </Text>
          ) : null}
        </div>
        <div className="relative mt-1 flex">
          <Input className="block w-full min-w-0 rounded-l border border-stone-400 bg-white px-3 py-2 text-base data-[invalid]:border-red-700" />
          <Button
            aria-label={`Show ${noun[1]}`}
            className="rounded-r border border-l-0 border-stone-400 bg-stone-100 px-3"
          >
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <OpenWhenFound query={query} found={props.search ? found : null} />
        <Popover className="z-50 max-h-80 w-(--trigger-width) overflow-auto rounded border border-stone-400 bg-white shadow-lg">
          <ListBox
            className="outline-none"
            renderEmptyState={() => (
              <p className="px-3 py-2 text-sm text-stone-700">
                {query ? status : "Type to search."}
              </p>
            )}
          >
            {(item: PickerItem) =>
              item.id === CREATE ? (
                <ListBoxItem
                  id={CREATE}
                  textValue={props.create?.label(query)}
                  className="cursor-pointer border-t border-stone-300 px-3 py-2 text-blue-900 outline-none data-[focused]:bg-blue-100"
                >
                  {props.create?.label(query)}
                </ListBoxItem>
              ) : (
                <ListBoxItem
                  id={item.id}
                  textValue={item.label}
                  className="cursor-pointer px-3 py-2 outline-none data-[focused]:bg-blue-100 data-[selected]:font-semibold"
                >
                  <Text slot="label" className="block font-medium">
                    {item.label}
                  </Text>
                  {item.detail ? (
                    <Text slot="description" className="block text-sm text-stone-700">
                      {item.detail}
                    </Text>
                  ) : null}
                </ListBoxItem>
              )
            }
          </ListBox>
        </Popover>
      </ComboBox>
      <div>
        {multiple && chosen.length > 0 ? (
          <TagGroup
            aria-label={`Chosen: ${label}`}
            onRemove={(keys) => update(chosen.filter((c) => !keys.has(c.id)))}
            className="mt-2"
          >
            <TagList items={chosen} className="flex flex-wrap gap-2">
              {(item) => (
                <Tag
                  id={item.id}
                  textValue={item.label}
                  className="flex items-center gap-1 rounded-full border border-stone-400 bg-stone-100 px-3 py-1 text-sm outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-700"
                >
                  {item.label}
                  <Button slot="remove" aria-label={`Remove ${item.label}`} className="px-1">
                    <span aria-hidden="true">×</span>
                  </Button>
                </Tag>
              )}
            </TagList>
          </TagGroup>
        ) : null}
        {/* A polite live region, not role=status: the form's own message keeps that role. */}
        <p id={`${id}-status`} aria-live="polite" className="mt-1 min-h-5 text-sm text-stone-700">
          {status}
        </p>
        {error ? (
          <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
