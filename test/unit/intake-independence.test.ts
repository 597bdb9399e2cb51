import { describe, expect, it } from "vitest";
import { findRepeats } from "@/lib/intake/independence";

const cite = (id: string, exact: string, outlet: string, publishedAt: string | null) => ({
  id,
  exact,
  createdAt: `2026-01-01T00:00:0${id}Z`,
  source: { id: `s${id}`, title: `Title ${id}`, outlet, publishedAt },
});

describe("findRepeats", () => {
  it("keeps the first publisher independent and marks later repeats of its quote", () => {
    const quote = "The agreement includes truly strong guarantees, similar to Article 5";
    const result = findRepeats([
      cite("2", `“${quote}.”`, "Second Paper", "2025-12-16"),
      cite("1", quote, "Wire", "2025-12-15"),
      cite("3", "A different account of the talks by our own reporter", "Third", "2025-12-17"),
      cite("4", `strong guarantees, similar to Article 5`, "Fourth", null),
    ]);
    expect(result.get("1")).toBeNull();
    expect(result.get("2")).toEqual({ sourceId: "s1", label: "Wire" });
    expect(result.get("3")).toBeNull();
    expect(result.get("4")).toEqual({ sourceId: "s1", label: "Wire" });
  });

  it("does not count short common words as a repeat", () => {
    const result = findRepeats([
      cite("1", "we will", "A", "2025-01-01"),
      cite("2", "we will win", "B", "2025-01-02"),
    ]);
    expect(result.get("2")).toBeNull();
  });
});
