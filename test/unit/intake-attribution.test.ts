import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

// Attribution of reported speech, one class of sentence per test, on sentences written for
// these tests (never taken from the evaluation set). 2026-03-02 is a Monday.
const one = (text: string) => extractCandidates(text, { articleDate: "2026-03-02" });
const found = (text: string) =>
  one(text).map((c) => [c.form, c.quote, c.speaker?.name ?? null] as const);

describe("a sentence-opening connective or adverbial is not the speaker", () => {
  it.each([
    [
      "Meanwhile, the opposition leader claimed that the vote had been rigged.",
      "opposition leader",
    ],
    ["However, the opposition leader said the vote had been rigged.", "opposition leader"],
    ["Separately, the finance ministry said the budget would balance.", "finance ministry"],
    ["Earlier, Mayor Ann Lee said that the bridge was safe.", "Ann Lee"],
    ["In a statement, the regulator said the fine would stand.", "regulator"],
    ["For her part, union leader Mia Holt said the deal was dead.", "Mia Holt"],
  ])("%s", (text, speaker) => {
    expect(one(text).map((c) => c.speaker?.name)).toEqual([speaker]);
  });
});

describe("words between the verb and its content are not content", () => {
  it.each([
    ["Mayor Ann Lee said Tuesday that the bridge would reopen in May.", "the bridge would"],
    ["Mayor Ann Lee said on Monday that the bridge would reopen in May.", "the bridge would"],
    ["The minister said Friday morning that talks would resume.", "talks would resume"],
    ["Mayor Ann Lee has said repeatedly that the bridge is safe.", "the bridge is safe"],
    ["The airline has stated publicly that no flights were cancelled.", "no flights were"],
  ])("%s", (text, opening) => {
    const [c] = one(text);
    expect(c?.quote.startsWith(opening)).toBe(true);
    expect(c?.speaker?.name).not.toMatch(/day|repeatedly|publicly/);
  });

  it("keeps a weekday that is part of the content", () => {
    expect(found("Mayor Ann Lee said Monday's vote was rigged.")).toEqual([
      ["REPORTED", "Monday's vote was rigged", "Ann Lee"],
    ]);
  });

  it.each([
    [
      "Chief executive Alison Hart told investors the firm would open ten stores.",
      "the firm would",
    ],
    ["The minister assured voters on Monday he would not raise taxes.", "he would not raise"],
    ["Coach Ben Ode told the BBC the club had made an offer.", "the club had made"],
    ["Governor Ray Stone warned her staff the office would close.", "the office would"],
  ])("leaves out the hearer when no “that” follows: %s", (text, opening) => {
    expect(one(text)[0]?.quote.startsWith(opening)).toBe(true);
  });
});

describe("one sentence holding several reports", () => {
  it("splits two speakers joined by “while”", () => {
    expect(
      found(
        "Mayor Ann Lee said the bridge was safe, while union leader Tom Ash warned that " +
          "workers would strike.",
      ),
    ).toEqual([
      ["REPORTED", "the bridge was safe", "Ann Lee"],
      ["REPORTED", "workers would strike", "Tom Ash"],
    ]);
  });

  it("splits two speakers joined by a semicolon or “but”", () => {
    expect(
      found("The council said rents would rise; residents argued that the rise was illegal."),
    ).toEqual([
      ["REPORTED", "rents would rise", "council"],
      ["REPORTED", "the rise was illegal", "residents"],
    ]);
  });

  it("splits “that A and that B” into two claims of one speaker", () => {
    expect(
      found("The charity said that the deadline was a gimmick and that hospitals lacked staff."),
    ).toEqual([
      ["REPORTED", "the deadline was a gimmick", "charity"],
      ["REPORTED", "hospitals lacked staff", "charity"],
    ]);
  });

  it("splits a second speech verb of the same subject, and “adding that”", () => {
    const [a, b, c, d] = one(
      "Councillor Gareth Lowe said the buses had broken down in a trial, and predicted that " +
        "the council would hire diesel buses. The firm said profits had fallen, adding that it " +
        "would cut 300 jobs.",
    );
    expect([a?.quote, b?.quote, c?.quote, d?.quote]).toEqual([
      "the buses had broken down in a trial",
      "the council would hire diesel buses",
      "profits had fallen",
      "it would cut 300 jobs",
    ]);
    expect(b?.kind).toBe("PREDICTION");
    expect(d?.speaker?.name).toBe("firm");
  });

  it("keeps one claim whose second verb is no speech verb", () => {
    expect(found("The firm said profits had fallen and costs had risen.")).toEqual([
      ["REPORTED", "profits had fallen and costs had risen", "firm"],
    ]);
  });
});

describe("reporting verbs", () => {
  it.each([
    ["The central bank signalled that rates would fall.", "central bank"],
    ["The central bank signaled that rates would fall.", "central bank"],
    ["The Treasury indicated that taxes would rise.", "Treasury"],
    ["Mayor Ann Lee suggested that the plan was unsafe.", "Ann Lee"],
    ["Minister Paul Dunn hinted that an election was coming.", "Paul Dunn"],
  ])("%s", (text, speaker) => {
    expect(one(text).map((c) => [c.form, c.speaker?.name])).toEqual([["REPORTED", speaker]]);
  });

  it.each([
    ["The union threatened to strike over the summer.", "to strike over the summer"],
    ["The mayor vowed to rebuild the library.", "to rebuild the library"],
    ["The party pledged to cut rail fares by 2028.", "to cut rail fares by 2028"],
  ])("reads “%s” as a promise", (text, quote) => {
    expect(one(text).map((c) => [c.quote, c.kind])).toEqual([[quote, "PROMISE"]]);
  });
});

describe("subjects with asides", () => {
  it.each([
    ["The company, which employs 4,000 people, said it would cut 300 jobs.", "company"],
    ["Sandra Holm, who has run the bakery for 22 years, said trade was down.", "Sandra Holm"],
    ["The plant will close, the company, which employs 900 people, said.", "company"],
  ])("skips the relative clause: %s", (text, speaker) => {
    const [c] = one(text);
    expect(c?.form).toBe("REPORTED");
    expect(c?.speaker?.name).toBe(speaker);
    expect(c?.quote).not.toMatch(/employs|run the bakery/);
  });

  it.each([
    ["Nobody was hurt, police said.", "Nobody was hurt", "police"],
    ["The road is closed, officials said.", "The road is closed", "officials"],
    [
      "Two men were arrested, a spokeswoman said on Monday.",
      "Two men were arrested",
      "spokeswoman",
    ],
  ])("reads a short clause before “…, X said.”: %s", (text, quote, speaker) => {
    expect(found(text)).toEqual([["REPORTED", quote, speaker]]);
  });
});

describe("speaker names", () => {
  it("reads “Name of the Organisation” as the person, affiliated", () => {
    const [a, b] = one(
      "Prof Sarah Hill of the University of Bristol said the drug was safe. " +
        "Dr. Amir Khan from the Green Party said the tax was unfair.",
    );
    expect(a?.speaker).toMatchObject({
      name: "Sarah Hill",
      kind: "PERSON",
      affiliation: "University of Bristol",
    });
    expect(b?.speaker).toMatchObject({ name: "Amir Khan", affiliation: "Green Party" });
  });

  it.each([
    ["Gen. Mark Cole said the troops would leave by May.", "Mark Cole"],
    ["Sir Keith Lowe said the bank was sound.", "Keith Lowe"],
    ["Dr Ana Diaz said the virus had spread.", "Ana Diaz"],
  ])("strips the title: %s", (text, name) => {
    expect(one(text)[0]?.speaker?.name).toBe(name);
  });

  it("gives a short title back the full name met before", () => {
    const found = one(
      "Councillor Janet Moss said the road was safe. Cllr Moss said the council could not pay.",
    );
    expect(found.map((c) => c.speaker?.name)).toEqual(["Janet Moss", "Janet Moss"]);
  });

  it.each([
    ["Officials said the road would reopen on Friday.", "officials", null],
    ["Diplomats said the talks had stalled.", "diplomats", null],
    ["Analysts warned that prices would rise.", "analysts", null],
    ["Senior officials said the road would reopen.", "senior officials", null],
    ["EU officials said the talks had stalled.", "EU officials", "European Union"],
  ])("reads a capitalised plural as an anonymous group: %s", (text, name, affiliation) => {
    expect(one(text)[0]?.speaker).toMatchObject({ name, anonymous: true, affiliation });
  });

  it("reads a society or a university as an organisation", () => {
    expect(
      one("The Society of Radiographers said staff were exhausted.")[0]?.speaker,
    ).toMatchObject({ name: "Society of Radiographers", kind: "ORGANIZATION" });
  });
});
