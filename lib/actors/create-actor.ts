import "server-only";
import { defineMutation } from "@/lib/mutation";
import { ZActorInput } from "@/lib/actors/schemas";
import { recordSpellings } from "@/lib/actors/record-spellings";

/** An analyst adds a person, organization or anonymous descriptor, with its other spellings. */
export const createActor = defineMutation({
  action: "actor.create",
  input: ZActorInput,
  async run({ tx, audit }, { aliases, ...fields }) {
    const actor = await tx.actor.create({ data: fields });
    await recordSpellings(tx, actor.id, [actor.name, ...aliases]);
    await audit({
      action: "actor.create",
      entityType: "Actor",
      entityId: actor.id,
      after: { ...fields, aliases },
    });
    return { id: actor.id };
  },
});
