import "server-only";
import { db } from "@/lib/db";

/** Actors a claim can be attributed to (merged-away actors excluded), by name. */
export async function listActorsForPicker() {
  return db.actor.findMany({
    where: { mergedIntoId: null },
    select: { id: true, name: true, affiliation: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
