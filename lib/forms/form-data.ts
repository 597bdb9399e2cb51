/**
 * Turns a submitted form into the plain object the zod schemas expect. Fields named in
 * `lists` become arrays (checkbox groups, multi-selects); every other field keeps its last
 * value. Unchecked checkboxes are simply absent, which the `checkbox` schema reads as false.
 * A list's labels (`${name}Label`, sent by a RecordPicker beside each chosen id) are a list
 * too, so a form handed back after an error shows every choice by name.
 */
export function formDataToObject(
  formData: FormData,
  lists: readonly string[] = [],
): Record<string, string | string[]> {
  return entriesToObject(formData.entries(), lists);
}

/** The same, for a form's entries kept elsewhere (a draft stored in the browser). */
export function entriesToObject(
  entries: Iterable<[string, FormDataEntryValue]>,
  lists: readonly string[] = [],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const listed = new Set(lists.flatMap((name) => [name, `${name}Label`]));
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = out[name];
    if (Array.isArray(existing)) existing.push(value);
    else out[name] = listed.has(name) ? [value] : value;
  }
  for (const name of lists) out[name] ??= [];
  return out;
}
