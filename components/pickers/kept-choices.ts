import type { PickerItem } from "@/components/pickers/record-search";

type FormValues = Record<string, string | string[] | undefined>;

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * The records a RecordPicker named `name` had chosen when its form was sent, read back from
 * the form's kept values (`name` holds the ids, `${name}Label` their labels, in one order),
 * so a form that comes back with an error shows the same choice. Ids whose label is
 * missing are looked up in `known`, and dropped when not found there either.
 */
export function keptChoices(values: FormValues, name: string, known: PickerItem[] = []) {
  const labels = list(values[`${name}Label`]);
  return list(values[name]).flatMap((id, i): PickerItem[] => {
    const label = labels[i] || known.find((k) => k.id === id)?.label;
    return label ? [{ id, label }] : [];
  });
}
