import { normalizeName } from "@/lib/actors/normalize-name";

/**
 * A topic's address from its name: accents stripped, lower case, words joined by hyphens.
 * Letters of any script are kept, so a Cyrillic name still gets a readable slug.
 */
export function slugify(name: string): string {
  const slug = normalizeName(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "topic";
}
