import { SourceKind, SourceReliability } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/errors";
import { reliabilityText, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { SHORT_TEXT_MAX, TITLE_MAX } from "@/lib/sources/schemas";
import { DateField, SelectField, TextField } from "@/components/ui/form-fields";

type Values = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The descriptive fields shared by the new-source and edit-source forms. */
export function SourceFields({ values: v, errors: e }: { values: Values; errors: FieldErrors }) {
  return (
    <>
      <TextField
        name="title"
        label="Title"
        required
        maxLength={TITLE_MAX}
        defaultValue={one(v.title)}
        error={e.title}
      />
      <TextField
        name="outlet"
        label="Outlet or publisher"
        maxLength={SHORT_TEXT_MAX}
        defaultValue={one(v.outlet)}
        error={e.outlet}
      />
      <TextField
        name="author"
        label="Author"
        maxLength={SHORT_TEXT_MAX}
        defaultValue={one(v.author)}
        error={e.author}
      />
      <DateField
        name="publishedAt"
        label="Published on"
        defaultValue={one(v.publishedAt)}
        error={e.publishedAt}
      />
      <SelectField
        name="kind"
        label="Kind of source"
        required
        options={Object.values(SourceKind).map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))}
        defaultValue={one(v.kind)}
        error={e.kind}
      />
      <TextField
        name="language"
        label="Language"
        hint="A language code such as en, uk or ru."
        maxLength={35}
        defaultValue={one(v.language)}
        error={e.language}
      />
      <SelectField
        name="reliability"
        label="Source reliability"
        hint="NATO/Admiralty grade of the source itself, A to F."
        required
        options={Object.values(SourceReliability).map((r) => ({
          value: r,
          label: reliabilityText(r),
        }))}
        defaultValue={one(v.reliability) ?? "F"}
        error={e.reliability}
      />
    </>
  );
}
