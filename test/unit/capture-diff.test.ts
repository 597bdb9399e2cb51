import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  WORD_DIFF_MAX_CHARS,
  diffCaptures,
  diffView,
  type DiffPart,
} from "@/lib/sources/capture-diff";

const before = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join("");
const after = (parts: DiffPart[]) =>
  parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join("");

describe("the diff between two captures", () => {
  it("marks the changed words inside a changed paragraph", () => {
    const diff = diffCaptures(
      "Talks went well.\nA signing is planned in Geneva next week.\nEnd.\n",
      "Talks went well.\nA signing is planned in Vienna next week.\nEnd.\n",
    );
    expect(diff?.coarse).toBe(false);
    expect(diff?.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(["Geneva"]);
    expect(diff?.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["Vienna"]);
  });

  it("shows a very long changed paragraph whole instead of word by word", () => {
    const long = (word: string) => `${word} `.repeat(WORD_DIFF_MAX_CHARS / 8);
    const diff = diffCaptures(`Intro.\n${long("alpha")}\n`, `Intro.\n${long("beta")}\n`);
    expect(diff?.coarse).toBe(true);
    expect(diff?.parts.filter((p) => p.removed)).toHaveLength(1);
    expect(diff?.parts.filter((p) => p.added)).toHaveLength(1);
  });

  it("gives up, returning null, when the budget is spent before the paragraphs are compared", () => {
    const lines = (prefix: string) =>
      Array.from({ length: 2_000 }, (_, i) => `${prefix} ${i}`).join("\n");
    expect(diffCaptures(lines("old"), lines("new"), -1)).toBeNull();
  });

  it("always rebuilds both texts from its parts", () => {
    const text = fc
      .array(fc.constantFrom("war", "peace", "talks", "\n", " ", ".", "é", "“", "”"), {
        maxLength: 60,
      })
      .map((t) => t.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diff = diffCaptures(a, b, 60_000);
        expect(diff).not.toBeNull();
        expect(before(diff?.parts ?? [])).toBe(a);
        expect(after(diff?.parts ?? [])).toBe(b);
      }),
    );
  });
});

describe("what a page shows of a diff", () => {
  it("shortens long unchanged runs around the changes", () => {
    const same = "x".repeat(5_000);
    const { items, truncated } = diffView(
      [
        { value: same },
        { value: "old", removed: true },
        { value: "new", added: true },
        { value: same },
      ],
      100,
    );
    expect(truncated).toBe(0);
    expect(items).toEqual([
      { gap: 4_900 },
      { value: "x".repeat(100) },
      { value: "old", removed: true },
      { value: "new", added: true },
      { value: "x".repeat(100) },
      { gap: 4_900 },
    ]);
  });

  it("keeps a short unchanged run whole, and stops at the character limit", () => {
    const { items, truncated } = diffView(
      [{ value: "short" }, { value: "y".repeat(1_000), added: true }],
      100,
      505,
    );
    expect(items).toEqual([{ value: "short" }, { value: "y".repeat(500), added: true }]);
    expect(truncated).toBe(500);
  });

  it("cuts unchanged runs between words, never inside one", () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
    const { items } = diffView(
      [{ value: "old", removed: true }, { value: ` ${words} ` }, { value: "new", added: true }],
      100,
    );
    const shown = items.filter((i): i is DiffPart => "value" in i).map((i) => i.value);
    expect(shown[1]).toMatch(/ word\d+$/);
    expect(shown[2]).toMatch(/^word\d+ (word\d+ )*$/);
  });
});
