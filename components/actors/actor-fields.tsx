import { ACTOR_KIND_OPTIONS } from "@/lib/actors/kind-labels";
import { AFFILIATION_MAX, DESCRIPTION_MAX, NAME_MAX } from "@/lib/actors/schemas";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";

export interface ActorFieldValues {
  name?: string;
  kind?: string;
  affiliation?: string;
  description?: string;
}

/** The fields an actor's create and edit forms share. */
export function ActorFields({
  values,
  errors,
}: {
  values: ActorFieldValues;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextField
        name="name"
        label="Name"
        required
        hint="For an anonymous source, a descriptor such as “Senior US official”."
        defaultValue={values.name}
        error={errors.name}
        maxLength={NAME_MAX}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={ACTOR_KIND_OPTIONS}
        defaultValue={values.kind ?? "PERSON"}
        error={errors.kind}
      />
      <TextField
        name="affiliation"
        label="Affiliation"
        hint="For example: Government of Ukraine"
        defaultValue={values.affiliation}
        maxLength={AFFILIATION_MAX}
        error={errors.affiliation}
      />
      <TextArea
        name="description"
        label="Description"
        rows={3}
        defaultValue={values.description}
        maxLength={DESCRIPTION_MAX}
        error={errors.description}
      />
    </>
  );
}
