// The fixed set of searches `npm run bench -- --scale` times, and the target of each (from
// issue 9): database time p95 ≤ 30 ms for rare terms, ≤ 50 ms for common ones, ≤ 10 ms for a
// search without hits, at 1M claims; growth from 100k to 1M ≤ ×2 for every shape. The words
// exist in the data scripts/lib/scale makes.
import { villageName } from "../lib/scale/vocabulary.ts";

export type ShapeClass = "rare" | "common" | "none";

export interface SearchShape {
  name: string;
  /** The /claims page's query parameters. */
  params: Record<string, string>;
  /** Pages to follow by cursor before the one timed (49 for page 50). */
  skipPages?: number;
  class: ShapeClass;
}

export const TARGET_P95_MS: Record<ShapeClass, number> = { rare: 30, common: 50, none: 10 };
export const GROWTH_MAX = 2;

export const SEARCH_SHAPES: SearchShape[] = [
  { name: "rare word", params: { q: villageName(0) }, class: "rare" },
  { name: "common word", params: { q: "peace" }, class: "common" },
  { name: "two words", params: { q: "grain exports" }, class: "common" },
  { name: "quoted phrase", params: { q: '"peace talks"' }, class: "common" },
  { name: "alias with a typo", params: { q: "Oumerov" }, class: "common" },
  {
    name: "text + kind + dates",
    params: { q: "sanctions", kind: "PROMISE", from: "2022-01-01", to: "2024-12-31" },
    class: "common",
  },
  { name: "page 50 by cursor", params: {}, skipPages: 49, class: "common" },
  { name: "no hits", params: { q: "xylophonist" }, class: "none" },
  { name: "accented Kyïv", params: { q: "Kyïv" }, class: "common" },
  { name: "unaccented Kyiv", params: { q: "Kyiv" }, class: "common" },
];

/** The /claims address of a shape's first page. */
export function shapePath(shape: SearchShape): string {
  const query = new URLSearchParams(shape.params).toString();
  return query ? `/claims?${query}` : "/claims";
}
