/** A form's outcome above its fields: a status on success, an alert on failure. */
export function FormMessage({ ok, message }: { ok: boolean; message?: string }) {
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={
        ok
          ? "mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900"
          : "mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900"
      }
    >
      {message}
    </p>
  );
}
