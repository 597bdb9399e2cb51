import { describe, expect, it } from "vitest";
import { anchorQuote } from "@/lib/sources/text-quote";
import { checkQuote } from "@/lib/sources/recheck-citations";

/** The selector a citation stores when `exact` is quoted at its `occurrence`-th place. */
function selectorAt(text: string, exact: string, occurrence: number) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(exact, at + 1);
  const before = text.slice(Math.max(0, at - 32), at);
  const after = text.slice(at + exact.length, at + exact.length + 32);
  const anchored = anchorQuote(text, exact, { prefix: before, suffix: after });
  return { exact: anchored.exact, prefix: anchored.prefix, suffix: anchored.suffix };
}

const V1 = [
  "On Monday the minister said: “We will sign by Friday.”",
  "On Tuesday her deputy repeated it: “We will sign by Friday.” Then he left.",
].join("\n");

describe("re-checking a cited passage against a new capture", () => {
  it("finds the cited occurrence of a passage quoted twice, not the first one", () => {
    const second = selectorAt(V1, "We will sign by Friday.", 2);
    expect(second.prefix).toContain("deputy repeated it");
    expect(checkQuote(V1, second)).toBe("FOUND");
    expect(checkQuote(V1, selectorAt(V1, "We will sign by Friday.", 1))).toBe("FOUND");
  });

  it("says MOVED when the words stay but their context changed, MISSING when they are gone", () => {
    const cited = selectorAt(V1, "We will sign by Friday.", 2);
    const moved = V1.replace("On Tuesday her deputy repeated it", "Later a spokesman added");
    const gone = V1.replaceAll("We will sign by Friday.", "We will sign next year.");
    const elsewhere = V1.replace("Then he left.", "Then he left for Vienna.");
    expect(checkQuote(moved, cited)).toBe("MOVED");
    expect(checkQuote(elsewhere, selectorAt(V1, "We will sign by Friday.", 1))).toBe("FOUND");
    expect(checkQuote(gone, cited)).toBe("MISSING");
  });

  it("still finds a passage whose quotation marks or case changed in the new capture", () => {
    const cited = selectorAt(V1, "We will sign by Friday.", 1);
    expect(checkQuote(V1.replaceAll("“", '"').replaceAll("”", '"'), cited)).not.toBe("MISSING");
  });
});
