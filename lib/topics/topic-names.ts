import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/topics/slugify";

/** Refuses a name another topic has, whatever its case, naming the field. */
export async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.topic.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (taken) {
    throw new AppError("CONFLICT", "A topic with this name already exists.", {
      name: "A topic with this name already exists",
    });
  }
}

/** The name's slug, or with -2, -3… when another topic already has it. */
export async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const used = await tx.topic.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const taken = new Set(used.map((t) => t.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
