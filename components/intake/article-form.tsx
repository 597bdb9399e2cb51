"use client";

import type { IntakeSourceOption } from "@/lib/intake/queries";
import { RecordPicker } from "@/components/pickers/record-picker";
import { DateField, TextArea, TextField } from "@/components/ui/form-fields";
import { SHORT_TEXT_MAX, SOURCE_URL_MAX, TITLE_MAX } from "@/lib/sources/schemas";

export interface ArticleFields {
  sourceId: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
  text: string;
}

interface Props {
  sources: IntakeSourceOption[];
  errors: Record<string, string>;
  pending: boolean;
  onScan: (fields: ArticleFields) => void;
}

const read = (data: FormData, name: keyof ArticleFields) => {
  const v = data.get(name);
  return typeof v === "string" ? v : "";
};

/**
 * The article to scan: pasted text with its address, title, outlet and date, or a source
 * picked from the library. The inputs are never re-mounted, so whatever was typed or
 * pasted stays after an error; each error sits next to its field.
 */
export function ArticleForm({ sources, errors, pending, onScan }: Props) {
  return (
    <form
      noValidate
      className="max-w-3xl"
      aria-label="Article to scan"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onScan({
          sourceId: read(data, "sourceId"),
          url: read(data, "url"),
          title: read(data, "title"),
          outlet: read(data, "outlet"),
          publishedAt: read(data, "publishedAt"),
          text: read(data, "text"),
        });
      }}
    >
      {sources.length > 0 ? (
        <RecordPicker
          name="sourceId"
          label="Pick a source from the library (optional)"
          hint="Scans that source's captured copy; leave it empty to use the fields below."
          search="sources"
          noun={["source", "sources"]}
          initialOptions={sources.map((s) => ({
            id: s.id,
            label: s.title,
            detail: [s.outlet, s.publishedAt].filter(Boolean).join(" · "),
          }))}
          error={errors.sourceId}
        />
      ) : null}
      <TextField
        name="url"
        label="Address (URL)"
        type="url"
        maxLength={SOURCE_URL_MAX}
        error={errors.url}
        hint="The article's http:// or https:// address."
      />
      <TextField name="title" label="Title" maxLength={TITLE_MAX} error={errors.title} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="outlet" label="Outlet" maxLength={SHORT_TEXT_MAX} error={errors.outlet} />
        <DateField
          name="publishedAt"
          label="Publication date"
          error={errors.publishedAt}
          hint="Deadlines such as “by Friday” count from this date."
        />
      </div>
      <TextArea
        name="text"
        label="Article text"
        rows={12}
        error={errors.text}
        hint="Paste the article as it reads; up to 2 MB."
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? "Scanning…" : "Find candidates"}
      </button>
    </form>
  );
}
