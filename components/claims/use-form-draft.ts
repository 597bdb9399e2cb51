"use client";

import { useEffect, useMemo, useRef, useSyncExternalStore, type RefObject } from "react";
import { entriesToObject } from "@/lib/forms/form-data";

// Keeps a form's unsaved content in this browser (localStorage), so a reload, a crash or an
// expired session loses nothing: the form opens again with it. Drafts are removed once the
// save succeeds (DraftCleaner, on the page the save lands on).

const PREFIX = "claimwatch:draft:";

export interface StoredDraft {
  savedAt: string;
  values: [string, string][];
}

export function draftStorageKey(key: string): string {
  return `${PREFIX}${key}`;
}

// The draft as it was when the form opened, read once per mount: the form must not re-mount
// on every keystroke that updates the stored copy.
const openedWith = new Map<string, string | null>();

function snapshot(key: string): string | null {
  if (!openedWith.has(key)) openedWith.set(key, window.localStorage.getItem(draftStorageKey(key)));
  return openedWith.get(key) ?? null;
}

const subscribe = () => () => undefined;

/** Forgets the stored draft (after a successful save, or when the user discards it). */
export function forgetDraft(key: string): void {
  window.localStorage.removeItem(draftStorageKey(key));
  openedWith.delete(key);
}

/**
 * The draft stored for this form when it opened, as form values (`lists` become arrays), or
 * null; null during server rendering, so the page hydrates first and then shows the draft.
 */
export function useStoredDraft(key: string, lists: readonly string[]) {
  const raw = useSyncExternalStore(
    subscribe,
    () => snapshot(key),
    () => null,
  );
  useEffect(() => () => void openedWith.delete(key), [key]);
  return useMemo(() => {
    if (!raw) return null;
    try {
      const draft = JSON.parse(raw) as StoredDraft;
      return { savedAt: draft.savedAt, values: entriesToObject(draft.values, lists) };
    } catch {
      return null;
    }
  }, [raw, lists]);
}

function formValues(form: HTMLFormElement): [string, string][] {
  const values: [string, string][] = [];
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values.push([name, value]);
  }
  return values;
}

/**
 * Stores the form's content on every change that makes it differ from what the form opened
 * with. Text typed only to search a picker, or a change undone, is no draft: the next visit
 * does not announce "restored" changes that change nothing.
 */
export function useDraftAutosave(formRef: RefObject<HTMLFormElement | null>, key: string): void {
  const opened = useRef<{ form: HTMLFormElement; values: string } | null>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (opened.current?.form !== form) {
      opened.current = { form, values: JSON.stringify(formValues(form)) };
    }
    const openedValues = opened.current.values;
    const store = () => {
      const values = formValues(form);
      if (JSON.stringify(values) === openedValues) return;
      const draft: StoredDraft = { savedAt: new Date().toISOString(), values };
      window.localStorage.setItem(draftStorageKey(key), JSON.stringify(draft));
    };
    form.addEventListener("input", store);
    form.addEventListener("change", store);
    return () => {
      form.removeEventListener("input", store);
      form.removeEventListener("change", store);
    };
  });
}
