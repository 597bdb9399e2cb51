/**
 * Escapes the LIKE metacharacters (`%`, `_` and the escape character `\`) so that searched
 * words match literally. Prisma's `contains`/`startsWith` pass their value into
 * `LIKE '%' || $1 || '%'` unescaped, so every search must go through this.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
