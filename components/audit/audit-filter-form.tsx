import type { FieldErrors } from "@/lib/errors";
import { DateField } from "@/components/ui/form-fields";

const control = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2";

function FieldError({ name, errors }: { name: string; errors: FieldErrors }) {
  const message = errors[name];
  return message ? (
    <p id={`${name}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  ) : null;
}

/** The audit log's filters, as a plain GET form (works without JavaScript). */
export function AuditFilterForm({
  values,
  errors,
  users,
  types,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  users: { id: string; name: string; email: string }[];
  types: string[];
}) {
  const invalid = (name: string) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  return (
    <form method="get" role="search" className="mb-6 flex flex-wrap items-start gap-4">
      <div>
        <label htmlFor="actorId" className="block font-medium">
          User
        </label>
        <select
          id="actorId"
          name="actorId"
          defaultValue={values.actorId ?? ""}
          className={control}
          {...invalid("actorId")}
        >
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
        <FieldError name="actorId" errors={errors} />
      </div>
      <div>
        <label htmlFor="entityType" className="block font-medium">
          Record type
        </label>
        <select
          id="entityType"
          name="entityType"
          defaultValue={values.entityType ?? ""}
          className={control}
        >
          <option value="">Any</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <FieldError name="entityType" errors={errors} />
      </div>
      <div>
        <label htmlFor="entityId" className="block font-medium">
          Record id
        </label>
        <input
          id="entityId"
          name="entityId"
          defaultValue={values.entityId ?? ""}
          className={control}
          {...invalid("entityId")}
        />
        <FieldError name="entityId" errors={errors} />
      </div>
      <DateField
        name="from"
        label="From (UTC day)"
        defaultValue={values.from}
        error={errors.from}
      />
      <DateField name="to" label="To (UTC day)" defaultValue={values.to} error={errors.to} />
      <button
        type="submit"
        className="mt-7 rounded border border-stone-500 bg-white px-4 py-2 font-medium"
      >
        Filter
      </button>
    </form>
  );
}
