import "server-only";
import type { Tx } from "@/lib/db";
import type { CaptureMethod } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { defineMutation, type MutationContext } from "@/lib/mutation";
import { sha256Hex } from "@/lib/sources/capture";
import { recheckCitations, type RecheckedCitation } from "@/lib/sources/recheck-citations";
import { ZRecaptureInput } from "@/lib/sources/schemas";

export type RecaptureResult =
  | { outcome: "unchanged"; captureNumber: number }
  | { outcome: "changed"; captureNumber: number; checks: RecheckedCitation[] };

/** Stores a capture as the source's next version and makes it the source's current text. */
export async function insertCapture(
  tx: Tx,
  input: { sourceId: string; number: number; text: string; method: CaptureMethod; by: string },
) {
  const sha256 = sha256Hex(input.text);
  const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`
    SELECT date_trunc('milliseconds', clock_timestamp()) AS now`;
  const capture = await tx.sourceCapture.create({
    data: {
      sourceId: input.sourceId,
      number: input.number,
      text: input.text,
      sha256,
      capturedAt: now,
      capturedById: input.by,
      method: input.method,
      lastCheckedAt: now,
    },
  });
  await tx.source.update({
    where: { id: input.sourceId },
    data: { capturedText: input.text, capturedAt: now, capturedSha256: sha256, accessedAt: now },
  });
  return capture;
}

/**
 * Records `capturedText` as a capture of stored source `id` inside the caller's transaction.
 * The same text as the latest capture (same SHA-256) only records that it was checked now; a
 * different text becomes a new version, and every citation of the source is re-checked
 * against it (lib/sources/recheck-citations.ts). Nothing already captured is changed.
 * Concurrent captures of one source queue on its row. Errors: NOT_FOUND.
 */
export async function recordCapture(
  { tx, user, audit }: MutationContext,
  input: { id: string; capturedText: string; captureMethod: CaptureMethod },
): Promise<RecaptureResult> {
  const { id, capturedText, captureMethod } = input;
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text FROM "Source" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("Source");
  const latest = await tx.sourceCapture.findFirst({
    where: { sourceId: id },
    orderBy: { number: "desc" },
    select: { id: true, number: true, sha256: true },
  });
  const sha256 = sha256Hex(capturedText);
  if (latest && latest.sha256 === sha256) {
    const checked = await tx.sourceCapture.update({
      where: { id: latest.id },
      data: { lastCheckedAt: new Date() },
    });
    await audit({
      action: "source.recheck",
      entityType: "Source",
      entityId: id,
      after: { captureNumber: latest.number, sha256, checkedAt: checked.lastCheckedAt },
    });
    return { outcome: "unchanged", captureNumber: latest.number };
  }
  const number = (latest?.number ?? 0) + 1;
  const capture = await insertCapture(tx, {
    sourceId: id,
    number,
    text: capturedText,
    method: captureMethod,
    by: user.id,
  });
  const checks = await recheckCitations(tx, id, capture);
  await audit({
    action: "source.capture",
    entityType: "Source",
    entityId: id,
    before: latest ? { captureNumber: latest.number, sha256: latest.sha256 } : undefined,
    after: {
      captureNumber: number,
      sha256,
      length: capturedText.length,
      method: captureMethod,
      citations: checks,
    },
  });
  return { outcome: "changed", captureNumber: number, checks };
}

/** Re-captures a stored source (analyst and above); see `recordCapture`. */
export const recaptureSource = defineMutation({
  action: "source.update",
  input: ZRecaptureInput,
  changesPublicContent: true,
  run: (ctx, input) => recordCapture(ctx, input),
});
