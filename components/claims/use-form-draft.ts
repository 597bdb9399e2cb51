"use client";

import { useEffect, type RefObject } from "react";

// Keeps a form's unsaved content in this browser (localStorage), so a reload, a crash or an
// expired session loses nothing: the form page puts it back when it opens again. Drafts are
// removed once the save succeeds (see DraftCleaner on the page the save lands on).

const PREFIX = "claimwatch:draft:";

export interface StoredDraft {
  savedAt: string;
  values: [string, string][];
}

export function draftStorageKey(key: string): string {
  return `${PREFIX}${key}`;
}

function read(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(draftStorageKey(key));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

function serialize(form: HTMLFormElement): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) entries.push([name, value]);
  }
  return entries;
}

function apply(form: HTMLFormElement, values: [string, string][]): void {
  const byName = new Map<string, string[]>();
  for (const [name, value] of values) byName.set(name, [...(byName.get(name) ?? []), value]);
  // FormData lists values in document order, so the n-th saved value of a name belongs to
  // the n-th element of that name (a hidden "false" before its checkbox, say).
  const used = new Map<string, number>();
  for (const element of Array.from(form.elements)) {
    if (
      !(element instanceof HTMLInputElement) &&
      !(element instanceof HTMLTextAreaElement) &&
      !(element instanceof HTMLSelectElement)
    ) {
      continue;
    }
    if (!element.name || element.name.startsWith("$ACTION")) continue;
    const saved = byName.get(element.name) ?? [];
    if (element instanceof HTMLInputElement && element.type === "checkbox") {
      element.checked = saved.includes(element.value);
      continue;
    }
    const index = used.get(element.name) ?? 0;
    used.set(element.name, index + 1);
    const value = saved[index];
    if (value !== undefined) element.value = value;
  }
}

/**
 * Restores a stored draft into the form when it opens (unless the form is showing values
 * just sent back by the server), reveals `notice` with the draft's time, and stores every
 * change. The notice is plain DOM because the draft exists only in this browser, after mount.
 */
export function useFormDraft(
  formRef: RefObject<HTMLFormElement | null>,
  noticeRef: RefObject<HTMLElement | null>,
  key: string,
  hasServerValues: boolean,
): void {
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const draft = read(key);
    const notice = noticeRef.current;
    if (draft && !hasServerValues) {
      apply(form, draft.values);
      if (notice) {
        const time = notice.querySelector("time");
        if (time) {
          time.dateTime = draft.savedAt;
          time.textContent = new Date(draft.savedAt).toLocaleString();
        }
        notice.hidden = false;
      }
    }
    const store = () => {
      const value: StoredDraft = { savedAt: new Date().toISOString(), values: serialize(form) };
      window.localStorage.setItem(draftStorageKey(key), JSON.stringify(value));
    };
    form.addEventListener("input", store);
    form.addEventListener("change", store);
    return () => {
      form.removeEventListener("input", store);
      form.removeEventListener("change", store);
    };
  }, [formRef, noticeRef, key, hasServerValues]);
}

/** Forgets the stored draft and reopens the form with the saved values. */
export function discardDraft(key: string): void {
  window.localStorage.removeItem(draftStorageKey(key));
  window.location.reload();
}
