import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/**
 * Locks actor rows until the transaction ends, in id order so that two writers locking the
 * same actors cannot deadlock. Merges and edits take it before reading, so neither acts on
 * an actor the other is changing (an edit of an actor being merged away, or two opposite
 * merges of one pair).
 */
export async function lockActors(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "Actor" WHERE id IN (${Prisma.join(
    sorted.map((id) => Prisma.sql`${id}::uuid`),
  )}) ORDER BY id FOR UPDATE`;
}
