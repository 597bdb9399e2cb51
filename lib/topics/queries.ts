import "server-only";
import { db } from "@/lib/db";

export async function listActiveTopics() {
  return db.topic.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}
