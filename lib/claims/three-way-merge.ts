import { isoDate } from "@/lib/forms/fields";
import type { TClaim } from "@/lib/claims/schemas";

// Three-way merge of a stale save, field by field, as version control merges text:
//   base   — the revision the user started from (the version their form was loaded at);
//   theirs — the working copy as others have saved it since;
//   mine   — what this user submitted (absent fields are unchanged).
// A field only one side changed takes that side's value; a field both changed to the same
// value takes it; a field both changed differently is a conflict, resolved to theirs until
// the user explicitly picks their own. So nothing another person saved is reverted silently.

export const CLAIM_FIELDS = [
  "statement",
  "isVerbatim",
  "claimantId",
  "claimantRole",
  "madeAt",
  "kind",
  "topicIds",
  "resolutionCriteria",
  "resolveBy",
] as const satisfies readonly (keyof TClaim)[];

export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** A field's value in a comparable form: dates as YYYY-MM-DD, topics as a sorted set. */
function key(field: ClaimField, value: TClaim[ClaimField] | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return [...new Set(value)].sort().join(",");
  return String(value).trim();
}

export interface MergeConflict {
  field: ClaimField;
  base: TClaim[ClaimField];
  theirs: TClaim[ClaimField];
  mine: TClaim[ClaimField];
}

export interface MergeResult {
  /** The combined content; a conflicting field holds theirs. */
  merged: TClaim;
  /** Fields taken from this user's change. */
  mine: ClaimField[];
  /** Fields taken from the other saves. */
  theirs: ClaimField[];
  conflicts: MergeConflict[];
}

/** Merges `mine` into `theirs` relative to `base`; pure, no database. */
export function mergeClaim(base: TClaim, theirs: TClaim, mine: Partial<TClaim>): MergeResult {
  const merged: Record<string, unknown> = { ...theirs };
  const result: Omit<MergeResult, "merged"> = { mine: [], theirs: [], conflicts: [] };
  for (const field of CLAIM_FIELDS) {
    const b = key(field, base[field]);
    const t = key(field, theirs[field]);
    const m = mine[field] === undefined ? b : key(field, mine[field]);
    const mineChanged = m !== b;
    const theirsChanged = t !== b;
    if (theirsChanged && !mineChanged) result.theirs.push(field);
    if (!mineChanged || m === t) continue;
    if (!theirsChanged) {
      merged[field] = mine[field];
      result.mine.push(field);
    } else {
      result.conflicts.push({
        field,
        base: base[field],
        theirs: theirs[field],
        mine: mine[field] as TClaim[ClaimField],
      });
    }
  }
  return { merged: merged as unknown as TClaim, ...result };
}
