import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/intake/extract";

// Speaker classes found on the test-7 half, each in wording of our own.
const speakers = (text: string) =>
  extractCandidates(text, { articleDate: "2026-03-02" }).map((c) => c.speaker?.name ?? null);

describe("speaker descriptors and references from test-7", () => {
  it("drops a parliamentary title before a name", () => {
    expect(speakers("Backbench MEP Lotte Brandt said the vote would be delayed.")).toEqual([
      "Lotte Brandt",
    ]);
    expect(speakers("MP Harriet Doyle said the ward would stay open.")).toEqual(["Harriet Doyle"]);
  });

  it("drops lower-case words that say what an organisation is", () => {
    expect(speakers("The ruling Unity Party said taxes would not rise.")).toEqual(["Unity Party"]);
    expect(speakers("The rival Coastline Ferries said fares would fall.")).toEqual([
      "Coastline Ferries",
    ]);
  });

  it("keeps the full name when its noun refers back to it", () => {
    const text =
      "Ashgrove Cricket Club said it would rebuild the pavilion. The club said the work " +
      "would cost 2 million pounds.";
    expect(speakers(text)).toEqual(["Ashgrove Cricket Club", "Ashgrove Cricket Club"]);
  });
});
