/** One field's value from the values a failed save handed back. */
export const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const submitButtonClass =
  "rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60";
