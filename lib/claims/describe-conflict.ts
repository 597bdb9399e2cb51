import "server-only";
import { db } from "@/lib/db";
import type { ConflictView } from "@/lib/actions/form-state-shape";
import type { TClaim } from "@/lib/claims/schemas";
import type { ClaimConflictDetails } from "@/lib/claims/update-claim";
import { CLAIM_FIELD_LABELS, claimFieldsText } from "@/lib/claims/claim-text";
import { CLAIM_FIELDS } from "@/lib/claims/three-way-merge";
import { isoDate } from "@/lib/forms/fields";

type Values = Record<string, string | string[]>;

async function names(contents: TClaim[]) {
  const actorIds = [...new Set(contents.map((c) => c.claimantId))];
  const topicIds = [...new Set(contents.flatMap((c) => c.topicIds))];
  const [actors, topics] = await Promise.all([
    db.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } }),
  ]);
  const actor = new Map(actors.map((a) => [a.id, a.name]));
  const topic = new Map(topics.map((t) => [t.id, t.name]));
  return (c: TClaim) =>
    claimFieldsText({
      ...c,
      claimantName: actor.get(c.claimantId) ?? "",
      topicNames: c.topicIds.map((id) => topic.get(id) ?? id),
    });
}

/** Claim content as the claim form's values (what the inputs send). */
function formValues(c: TClaim, claimantName: string): Values {
  return {
    statement: c.statement,
    isVerbatim: c.isVerbatim ? "on" : "false",
    claimantId: c.claimantId,
    claimantIdLabel: claimantName,
    claimantRole: c.claimantRole ?? "",
    madeAt: isoDate(c.madeAt),
    kind: c.kind,
    topicIds: c.topicIds,
    resolutionCriteria: c.resolutionCriteria ?? "",
    resolveBy: isoDate(c.resolveBy) ?? "",
  };
}

/**
 * Builds the conflict view of a refused stale save: the clashing fields side by side, and
 * the form's values continued from the three-way merge (their saves kept, your other
 * changes applied, theirs in each clashing field until you choose yours), against the
 * newer version. Returns `{ conflict, values }`.
 */
export async function describeConflict(
  claimId: string,
  details: ClaimConflictDetails,
  typed: Values,
): Promise<{ conflict: ConflictView; values: Values }> {
  const { merged, conflicts, currentVersion } = details;
  const mineContent = { ...merged } as Record<string, unknown>;
  for (const c of conflicts) mineContent[c.field] = c.mine;
  const mine = mineContent as unknown as TClaim;
  const [text, revision] = await Promise.all([
    names([merged, mine]),
    db.claimRevision.findUnique({
      where: { claimId_number: { claimId, number: currentVersion } },
      select: { createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  const theirsText = text(merged);
  const mineText = text(mine);
  const mineValues = formValues(mine, mineText.claimantId);
  const values: Values = {
    ...typed,
    ...formValues(merged, theirsText.claimantId),
    version: String(currentVersion),
  };
  for (const key of Object.keys(values)) {
    if (/^(keep|mine|conflict)\./.test(key)) delete values[key];
  }
  return {
    values,
    conflict: {
      version: currentVersion,
      savedBy: revision?.author.name ?? "another member",
      savedAt: revision?.createdAt.toISOString() ?? new Date().toISOString(),
      fields: CLAIM_FIELDS.filter((f) => conflicts.some((c) => c.field === f)).map((f) => ({
        name: f,
        label: CLAIM_FIELD_LABELS[f],
        theirs: theirsText[f],
        yours: mineText[f],
        yoursValue: f === "claimantId" ? mine.claimantId : (mineValues[f] ?? ""),
        yoursLabel: f === "claimantId" ? mineText.claimantId : undefined,
      })),
    },
  };
}

/**
 * Applies the choices made in a conflict view to a resubmitted form: for each clashing field
 * (marked `conflict.<field>`) chosen as `keep.<field>=mine`, the value kept in
 * `mine.<field>` replaces what the form holds.
 * Returns the field errors of clashing fields left without a choice.
 */
export function applyConflictChoices(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of CLAIM_FIELDS) {
    if (values[`conflict.${field}`] === undefined) continue;
    const keep = values[`keep.${field}`];
    if (keep === "mine") {
      const mine = values[`mine.${field}`] ?? "";
      values[field] = field === "topicIds" && !Array.isArray(mine) ? (mine ? [mine] : []) : mine;
      if (field === "claimantId") values.claimantIdLabel = values["mine.claimantIdLabel"] ?? "";
    } else if (keep !== "theirs") {
      errors[`keep.${field}`] = `Choose which version of "${CLAIM_FIELD_LABELS[field]}" to keep`;
    }
  }
  return errors;
}
