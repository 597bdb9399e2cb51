import type { FormState } from "@/lib/actions/form-state-shape";

/** A form's overall error, above its fields, announced when it appears. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message || state.ok) return null;
  return (
    <p role="alert" className="mb-6 rounded border border-red-700 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  );
}

/** One field's value from the values a failed save handed back. */
export const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const submitButtonClass =
  "rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60";
