import "server-only";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { captureCopy } from "@/lib/sources/capture";
import { ZSourceInput } from "@/lib/sources/schemas";

export const DUPLICATE_SOURCE_MESSAGE = "This address is already in the source library.";

/**
 * An analyst adds a source with its captured copy. The URL arrives normalised (the schema
 * does it), so a second spelling of a stored address is refused with the existing source's
 * id; `addSource` turns that refusal into "open the existing one".
 */
export const createSource = defineMutation({
  action: "source.create",
  input: ZSourceInput,
  async run({ tx, user, audit }, { capturedText, ...fields }) {
    const existing = await tx.source.findUnique({
      where: { url: fields.url },
      select: { id: true },
    });
    if (existing) {
      throw new AppError(
        "CONFLICT",
        DUPLICATE_SOURCE_MESSAGE,
        { url: DUPLICATE_SOURCE_MESSAGE },
        {
          existingId: existing.id,
        },
      );
    }
    const copy = captureCopy(capturedText);
    const source = await tx.source.create({
      data: { ...fields, ...copy, createdById: user.id },
    });
    // The audit trail records the copy by its hash and length; the text itself is on the row.
    await audit({
      action: "source.create",
      entityType: "Source",
      entityId: source.id,
      after: {
        ...fields,
        capturedAt: copy.capturedAt,
        capturedSha256: copy.capturedSha256,
        capturedLength: capturedText.length,
      },
    });
    return { id: source.id };
  },
});
