import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, invalid } from "@/lib/errors";
import { defineMutation, type MutationContext } from "@/lib/mutation";
import { checkReferences, writeRevision } from "@/lib/claims/revisions";
import { insertCapture, recordCapture, type RecaptureResult } from "@/lib/sources/recapture-source";
import { sha256Hex } from "@/lib/sources/capture";
import { invalidatePublicContent } from "@/lib/cache/public-content";
import { ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG } from "@/lib/cache/tags";
import { anchorQuote } from "@/lib/sources/text-quote";
import { ZIntakeInput, type TIntakeItem } from "@/lib/intake/schemas";
import { claimKey, IntakeReplay, keepAnswer, requestHash } from "@/lib/intake/idempotency";
import { claimantFor } from "@/lib/intake/intake-claimant";

export interface IntakeResult {
  sourceId: string;
  sourceCreated: boolean;
  /** The address was stored and its latest capture differs from the text sent. */
  storedTextDiffers: boolean;
  /** With `source.recapture` on a stored address: what became of the text sent. */
  recapture?: RecaptureResult;
  /** One entry per item, in order. `created: false` means it was already there (a repeat). */
  items: { claimId: string; citationId: string; created: boolean; newClaim: boolean }[];
}

interface IntakeSource {
  id: string;
  capturedText: string | null;
  publishedAt: Date | null;
}

/**
 * Creates an intake in one transaction with its audit events: the source with its
 * captured copy (or the stored source with that address, or the one picked), then per
 * ticked item either a DRAFT claim (verbatim for DIRECT) with a citation anchored in the
 * captured copy as a TextQuoteSelector, or a citation on the existing claim it repeats.
 *
 * Idempotent twice over: with an `idempotencyKey` (lib/intake/idempotency.ts) a repeat of
 * the key is answered with the first result and writes nothing (submitIntake turns that into
 * `replayed: true`); and without one, intakes of one source are serialised by a
 * transaction-scoped advisory lock, and an item whose anchored words this source already
 * cites returns that citation instead of writing again. New speakers become actors unless
 * an actor already has that exact spelling.
 */
export const createIntake = defineMutation({
  action: "intake.create",
  input: ZIntakeInput,
  async run(ctx, input) {
    const { idempotencyKey, ...request } = input;
    // First: a repeat of the key waits here for the first submit, then gets its answer.
    const keyRow = idempotencyKey
      ? await claimKey<IntakeResult>(ctx, idempotencyKey, requestHash(request))
      : null;
    const { source, created, storedTextDiffers, recapture } = await resolveSource(ctx, input);
    // A new version re-checks published quotes, which the public pages show.
    // (Rare, and it touches every claim citing the source: dropped like a source edit.)
    if (recapture?.outcome === "changed") {
      await invalidatePublicContent(ctx.tx, [ALL_PUBLIC_TAG, PUBLIC_CONTENT_TAG]);
    }
    await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`intake:${source.id}`}))`;
    const actors = new Map<string, string>();
    const items: IntakeResult["items"] = [];
    for (const [index, item] of input.items.entries()) {
      items.push(await createItem(ctx, source, item, index, actors));
    }
    await ctx.audit({
      action: "intake.create",
      entityType: "Source",
      entityId: source.id,
      after: { sourceCreated: created, items },
    });
    const result: IntakeResult = {
      sourceId: source.id,
      sourceCreated: created,
      storedTextDiffers,
      ...(recapture ? { recapture } : {}),
      items,
    };
    if (keyRow) await keepAnswer(ctx, keyRow, result);
    return result;
  },
});

type Input = (typeof ZIntakeInput)["_zod"]["output"];

interface ResolvedSource {
  source: IntakeSource;
  created: boolean;
  storedTextDiffers: boolean;
  recapture?: RecaptureResult;
}

async function resolveSource(ctx: MutationContext, input: Input): Promise<ResolvedSource> {
  const select = { id: true, capturedText: true, capturedSha256: true, publishedAt: true } as const;
  if (input.sourceId) {
    const picked = await ctx.tx.source.findUnique({ where: { id: input.sourceId }, select });
    if (!picked) throw invalid({ sourceId: "Choose a source from the library" });
    return { source: picked, created: false, storedTextDiffers: false };
  }
  const given = input.source;
  if (!given) throw invalid({ source: "Give the article's source, or pick one from the library" });
  // Two intakes of one new address at once: the second waits here, then finds the first's row.
  await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`intake-url:${given.url}`}))`;
  const stored = await ctx.tx.source.findUnique({ where: { url: given.url }, select });
  if (stored) {
    const storedTextDiffers =
      stored.capturedText !== null && stored.capturedSha256 !== sha256Hex(given.text);
    // A stored address without a copy gets this text as its first capture; with a copy, the
    // text becomes a new version only when asked (`recapture`), so nothing is dropped unseen.
    if (stored.capturedText !== null && !given.recapture) {
      return { source: stored, created: false, storedTextDiffers };
    }
    const recapture = await recordCapture(ctx, {
      id: stored.id,
      capturedText: given.text,
      captureMethod: "PASTED",
    });
    return {
      source: { ...stored, capturedText: given.text },
      created: false,
      storedTextDiffers,
      recapture,
    };
  }
  const fields = {
    url: given.url,
    title: given.title,
    outlet: given.outlet,
    publishedAt: given.publishedAt,
    kind: "NEWS_ARTICLE" as const,
  };
  const row = await ctx.tx.source.create({
    data: { ...fields, createdById: ctx.user.id },
    select,
  });
  const capture = await insertCapture(ctx.tx, {
    sourceId: row.id,
    number: 1,
    text: given.text,
    method: "PASTED",
    by: ctx.user.id,
  });
  await ctx.audit({
    action: "source.create",
    entityType: "Source",
    entityId: row.id,
    after: {
      ...fields,
      capturedAt: capture.capturedAt,
      capturedSha256: capture.sha256,
      capturedLength: given.text.length,
      captureMethod: "PASTED",
    },
  });
  return {
    source: { ...row, capturedText: given.text },
    created: true,
    storedTextDiffers: false,
  };
}

async function createItem(
  ctx: MutationContext,
  source: IntakeSource,
  item: TIntakeItem,
  index: number,
  actors: Map<string, string>,
): Promise<IntakeResult["items"][number]> {
  const { tx, user, audit } = ctx;
  const anchored = anchorQuote(source.capturedText ?? "", item.quote);
  const repeat = await tx.citation.findFirst({
    where: {
      sourceId: source.id,
      exact: anchored.exact,
      retiredAt: null,
      claim: { editorialStatus: { not: "RETRACTED" } },
    },
    select: { id: true, claimId: true },
    orderBy: { createdAt: "asc" },
  });
  if (repeat)
    return { claimId: repeat.claimId, citationId: repeat.id, created: false, newClaim: false };

  let claimId: string;
  let newClaim = false;
  if (item.existingClaimId) {
    const claim = await tx.claim.findUnique({
      where: { id: item.existingClaimId },
      select: { editorialStatus: true },
    });
    if (!claim)
      throw invalid({ [`items.${index}.existingClaimId`]: "This claim no longer exists" });
    if (claim.editorialStatus === "RETRACTED") {
      throw new AppError("CONFLICT", "A retracted claim can no longer be changed.", {
        [`items.${index}.existingClaimId`]: "This claim was retracted",
      });
    }
    claimId = item.existingClaimId;
  } else {
    claimId = await createDraft(ctx, source, item, index, actors);
    newClaim = true;
  }
  const citation = await tx.citation.create({
    data: {
      claimId,
      sourceId: source.id,
      exact: anchored.exact,
      prefix: anchored.prefix,
      suffix: anchored.suffix,
      foundInCapture: anchored.found,
      credibility: "CANNOT_BE_JUDGED",
      createdById: user.id,
      publishedAt: null,
    },
  });
  const { createdAt: _createdAt, ...after } = citation;
  await audit({ action: "citation.create", entityType: "Citation", entityId: citation.id, after });
  return { claimId, citationId: citation.id, created: true, newClaim };
}

async function createDraft(
  ctx: MutationContext,
  source: IntakeSource,
  item: TIntakeItem,
  index: number,
  actors: Map<string, string>,
): Promise<string> {
  const { tx, user, audit } = ctx;
  const claimantId = item.claimantId ?? (await claimantFor(ctx, item, actors));
  try {
    await checkReferences(tx, { claimantId });
  } catch {
    throw invalid({ [`items.${index}.claimantId`]: "Choose an existing actor" });
  }
  const madeAt = item.madeAt ?? source.publishedAt ?? startOfTodayUtc();
  if (item.resolveBy && item.resolveBy < madeAt) {
    throw invalid({
      [`items.${index}.resolveBy`]:
        "The resolve-by date cannot be before the date the claim was made",
    });
  }
  const content = {
    statement: item.statement ?? item.quote,
    isVerbatim: item.form === "DIRECT",
    claimantId,
    claimantRole: item.claimantRole,
    madeAt: new Date(Date.UTC(madeAt.getUTCFullYear(), madeAt.getUTCMonth(), madeAt.getUTCDate())),
    kind: item.kind,
    topicIds: [],
    resolutionCriteria: null,
    resolveBy: item.resolveBy,
  };
  const { topicIds: _topics, ...fields } = content;
  const claim = await tx.claim.create({ data: { ...fields, createdById: user.id } });
  await writeRevision(tx, claim.id, claim.version, content, user.id);
  await audit({ action: "claim.create", entityType: "Claim", entityId: claim.id, after: content });
  return claim.id;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * createIntake with the replay of an idempotency key turned into an answer: the first
 * result again, with `replayed: true` (nothing was written by this call).
 */
export async function submitIntake(
  user: SessionUser | null,
  input: unknown,
): Promise<{ result: IntakeResult; replayed: boolean }> {
  try {
    return { result: await createIntake.execute(user, input), replayed: false };
  } catch (error) {
    if (error instanceof IntakeReplay)
      return { result: error.result as IntakeResult, replayed: true };
    throw error;
  }
}
