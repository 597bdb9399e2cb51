import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";
import { parseSpeakerPhrase } from "@/lib/intake/names";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

const seed = readFileSync("prisma/seed/seed-article.txt", "utf8");

describe("extractCandidates on the seed article", () => {
  const found = extractCandidates(seed, { articleDate: "2025-12-15" });
  const having = (words: string) => found.find((c) => c.quote.includes(words));

  it("keeps every passage exactly as the text has it, with its selector", () => {
    for (const c of found) {
      expect(c.quote).toBe(seed.slice(c.start, c.end));
      expect(c.selector.exact).toBe(c.quote);
      expect(seed.slice(c.start - c.selector.prefix.length, c.start)).toBe(c.selector.prefix);
    }
  });

  it("finds the Article 5 quote by the anonymous senior US official", () => {
    const c = having("similar to Article 5 of the NATO treaty");
    expect(c?.form).toBe("DIRECT");
    expect(c?.speaker).toMatchObject({
      name: "senior US official",
      anonymous: true,
      affiliation: "US government",
    });
  });

  it("finds the official's confirmation of strong security guarantees", () => {
    const c = having("“strong security guarantees”".slice(1, -1));
    expect(c?.form).toBe("REPORTED");
    expect(c?.speaker?.name).toBe("senior US official");
  });

  it("finds Umerov's two quoted sentences with his role", () => {
    const first = having("were constructive and fruitful");
    const second = having("We hope to reach an agreement");
    for (const c of [first, second]) {
      expect(c?.form).toBe("DIRECT");
      expect(c?.speaker).toMatchObject({
        name: "Rustam Umarov",
        kind: "PERSON",
        role: "Ukraine’s chief negotiator and defense minister",
      });
    }
    expect(second).toMatchObject({ kind: "PREDICTION", resolveBy: "2025-12-15" });
  });
});

describe("extractCandidates situations", () => {
  const one = (text: string) => extractCandidates(text, { articleDate: "2026-03-02" });

  it("attributes a quote over paragraphs to a speaker introduced by “X, who …”", () => {
    const found = one(
      "Ana Ruiz, who ran the clinic for 30 years, retired on Friday.\n\n" +
        "“We treated everyone who came through that door.\n\n" +
        "“The new hospital will open in the spring, and I will volunteer there,” she said.",
    );
    expect(found.map((c) => c.form)).toEqual(["DIRECT", "DIRECT"]);
    for (const c of found) expect(c.speaker?.name).toBe("Ana Ruiz");
  });

  it("gives a quote that is a sentence of its own to the person just brought in", () => {
    const found = one(
      "Mayor Jane Cole was defiant. “I will not resign over this matter.”\n\n" +
        "Economist Ana Ruiz, who has studied the figures, is doubtful. " +
        "“The numbers simply do not add up.”\n\n" +
        "The sign on the door said it all. “No entry after dark for visitors.”",
    );
    expect(found.map((c) => [c.quote, c.speaker?.name, c.speaker?.role])).toEqual([
      ["I will not resign over this matter.", "Jane Cole", "Mayor"],
      ["The numbers simply do not add up.", "Ana Ruiz", "Economist"],
    ]);
  });

  it("reads the speaker after the quote, inverted or not, with a title", () => {
    const [a] = one("“The reactor will restart by Friday,” said Energy Minister Maria Lopez.");
    expect(a?.speaker).toMatchObject({ name: "Maria Lopez", role: "Energy Minister" });
    expect(a?.resolveBy).toBe("2026-03-06");
    const [b] = one("“We have no plans to raise taxes this year,” Lopez told reporters.");
    expect(b?.speaker?.name).toBe("Lopez");
  });

  it("resolves a pronoun to the nearest named speaker", () => {
    const text =
      "Prime Minister Anna Berg said on Monday that the budget would be balanced.\n" +
      "“We will not cut pensions under any circumstances,” she said.";
    const found = one(text);
    expect(found.map((c) => [c.form, c.speaker?.name])).toEqual([
      ["REPORTED", "Anna Berg"],
      ["DIRECT", "Anna Berg"],
    ]);
    expect(found[1]?.kind).toBe("PROMISE");
  });

  it("gives both parts of a quote split by “he said” the same speaker", () => {
    const text = "“We are ready to talk,” Foreign Minister Tomas Vidal said, “but not under fire.”";
    const found = one(text);
    expect(found.map((c) => c.quote)).toEqual(["We are ready to talk", "but not under fire."]);
    expect(found.every((c) => c.speaker?.name === "Tomas Vidal")).toBe(true);
  });

  it("reads an apposition as the role at the time", () => {
    const [c] = one(
      "Andrii Sybiha, Ukraine's foreign minister, said: “Russia is not interested in peace.”",
    );
    expect(c?.speaker).toMatchObject({ name: "Andrii Sybiha", role: "Ukraine's foreign minister" });
  });

  it("ignores scare quotes and finds nothing in an article without claims", () => {
    expect(one("The so-called “peace dividend” never came. Markets were calm on Tuesday.")).toEqual(
      [],
    );
  });

  it("finds reported speech after announced / revealed", () => {
    const [c] = one(
      "The ministry announced on Tuesday that fuel prices would fall within 30 days.",
    );
    expect(c).toMatchObject({ form: "REPORTED", quote: "fuel prices would fall within 30 days" });
    expect(c?.speaker).toMatchObject({ kind: "ORGANIZATION" });
    expect(c?.resolveBy).toBe("2026-04-01");
  });
});

describe("parseSpeakerPhrase", () => {
  it.each([
    ["a spokesperson for the Ministry of Defence", "ANONYMOUS", "Ministry of Defence"],
    ["two diplomats familiar with the talks", "ANONYMOUS", null],
    ["a Pentagon official", "ANONYMOUS", "Pentagon"],
  ])("%s", (phrase, kind, affiliation) => {
    const ref = parseSpeakerPhrase(phrase);
    expect(ref?.type).toBe("guess");
    if (ref?.type === "guess") {
      expect(ref.guess.kind).toBe(kind);
      expect(ref.guess.affiliation).toBe(affiliation);
    }
  });
});

describe("extractCandidates on an interview transcript", () => {
  const transcript = [
    "Dr Amara Okoro has run the city's ambulance service since March. She talked to the Gazette about waiting times.",
    "",
    "Gazette: Patients wait over an hour for an ambulance. Is that acceptable?",
    "",
    "Okoro: It is not acceptable to me. We will have twenty new crews on the road by June.",
    "",
    "Gazette: Will you close any stations?",
    "",
    "Okoro: No.",
    "",
    "Gazette: Do you still have the minister's support?",
    "",
    "Okoro: She has backed every request I have made so far.",
  ].join("\n");
  const found = extractCandidates(transcript, { articleDate: "2026-02-10" });

  it("takes each answer sentence of four words or more as a direct quote by the interviewee", () => {
    const direct = found.filter((c) => c.form === "DIRECT");
    expect(direct.map((c) => c.quote)).toEqual([
      "It is not acceptable to me",
      "We will have twenty new crews on the road by June",
      "She has backed every request I have made so far",
    ]);
    for (const c of direct) {
      expect(c.speaker?.name).toBe("Amara Okoro");
      expect(c.quote).toBe(transcript.slice(c.start, c.end));
    }
    expect(direct[1]?.resolveBy).toBe("2026-06-30");
  });

  it("reads Q and A labels, the answers given by the person the introduction names", () => {
    const qa = [
      "Chef Tomas Berg opens his third restaurant this week.",
      "",
      "Q: Why open another one now?",
      "",
      "A: Rents in the old town have finally come down.",
      "",
      "Q: What comes next?",
      "",
      "A: A cookery school for teenagers, if the council agrees.",
    ].join("\n");
    const direct = extractCandidates(qa, { articleDate: "2026-02-10" }).filter(
      (c) => c.form === "DIRECT",
    );
    expect(direct.map((c) => [c.quote, c.speaker?.name])).toEqual([
      ["Rents in the old town have finally come down", "Tomas Berg"],
      ["A cookery school for teenagers, if the council agrees", "Tomas Berg"],
    ]);
  });

  it("does not read a live blog's one-off labels as a transcript", () => {
    const blog = [
      "Roads: the motorway is closed in both directions after a lorry overturned.",
      "",
      "Trains: services between the two cities are running about an hour late.",
      "",
      "Schools: every school in the valley will open as normal tomorrow.",
      "",
      "Weather: more rain is expected over the hills this evening.",
    ].join("\n");
    const found = extractCandidates(blog, { articleDate: "2026-02-10" });
    expect(found.filter((c) => c.form === "DIRECT")).toEqual([]);
  });
});
