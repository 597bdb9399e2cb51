/**
 * Turns a submitted form into the plain object the zod schemas expect. Fields named in
 * `lists` become arrays (checkbox groups, multi-selects); every other field keeps its last
 * value. Unchecked checkboxes are simply absent, which the `checkbox` schema reads as false.
 */
export function formDataToObject(
  formData: FormData,
  lists: readonly string[] = [],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of lists) out[name] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = out[name];
    if (Array.isArray(existing)) existing.push(value);
    else out[name] = value;
  }
  return out;
}
