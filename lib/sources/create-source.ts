import "server-only";
import { AppError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { insertCapture } from "@/lib/sources/recapture-source";
import { ZSourceInput } from "@/lib/sources/schemas";

export const DUPLICATE_SOURCE_MESSAGE = "This address is already in the source library.";

/**
 * An analyst adds a source with its first capture. The URL arrives normalised (the schema
 * does it), so a second spelling of a stored address is refused with the existing source's
 * id; `addSource` turns that refusal into "open the existing one".
 */
export const createSource = defineMutation({
  action: "source.create",
  input: ZSourceInput,
  async run({ tx, user, audit }, { capturedText, captureMethod, ...fields }) {
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
    const source = await tx.source.create({ data: { ...fields, createdById: user.id } });
    const capture = await insertCapture(tx, {
      sourceId: source.id,
      number: 1,
      text: capturedText,
      method: captureMethod,
      by: user.id,
    });
    // The audit trail records the capture by its hash and length; the text is in the capture.
    await audit({
      action: "source.create",
      entityType: "Source",
      entityId: source.id,
      after: {
        ...fields,
        capturedAt: capture.capturedAt,
        capturedSha256: capture.sha256,
        capturedLength: capturedText.length,
        captureMethod,
      },
    });
    return { id: source.id };
  },
});
