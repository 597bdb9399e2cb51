import "server-only";
import type { Tx } from "@/lib/db";
import { normalizeName } from "@/lib/actors/normalize-name";

/**
 * Registers spellings that resolve to an actor. The actor's own name is registered too, so
 * that every name search, accents and case aside, goes through the one `normalized` column
 * written by normalizeName. A spelling the actor already has is skipped.
 */
export async function recordSpellings(
  tx: Tx,
  actorId: string,
  spellings: readonly string[],
): Promise<void> {
  const byNormalized = new Map<string, string>();
  for (const spelling of spellings) {
    const alias = spelling.trim();
    const normalized = normalizeName(alias);
    if (normalized && !byNormalized.has(normalized)) byNormalized.set(normalized, alias);
  }
  if (byNormalized.size === 0) return;
  await tx.actorAlias.createMany({
    data: [...byNormalized].map(([normalized, alias]) => ({ actorId, alias, normalized })),
    skipDuplicates: true,
  });
}
