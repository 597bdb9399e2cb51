import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

// Reported speech, one kind of sentence per test, on sentences written for these tests.
// 2026-03-02 is a Monday.
const one = (text: string) => extractCandidates(text, { articleDate: "2026-03-02" });
const reported = (text: string) => one(text).map((c) => [c.form, c.quote, c.speaker?.name ?? null]);

describe("what counts as reported content", () => {
  it.each([
    // An irregular past, a pronoun subject or a present verb makes a clause.
    [
      "The company said it lost 40 million pounds last year.",
      "it lost 40 million pounds last year",
    ],
    [
      "The mine gave its workers a rise of 5 percent, a union official said.",
      "The mine gave its workers a rise of 5 percent",
    ],
    [
      "Work begins on the new bridge in the spring, Mayor Ann Hale said.",
      "Work begins on the new bridge in the spring",
    ],
  ])("%s", (text, quote) => {
    expect(one(text).map((c) => [c.form, c.quote])).toEqual([["REPORTED", quote]]);
  });

  it("knows speech verbs the lexicon reads as nouns alone (pledge, tweet)", () => {
    expect(
      reported(
        "Governor Ray Stone pledged to cut the state income tax by 2028. " +
          "Mayor Ann Lee tweeted that the road would reopen on Friday.",
      ),
    ).toEqual([
      ["REPORTED", "to cut the state income tax by 2028", "Ray Stone"],
      ["REPORTED", "the road would reopen on Friday", "Ann Lee"],
    ]);
  });

  it("attributes a quote after “asked” or “quipped”, but reports no question as a claim", () => {
    const found = one(
      "Union leader Anna Berg attacked the plan. “Who is going to pay for all of this?” " +
        "asked Berg. Berg asked whether the plan was legal. " +
        "“At least the trains will be empty,” she quipped.",
    );
    expect(found.map((c) => [c.form, c.quote, c.speaker?.name])).toEqual([
      ["DIRECT", "Who is going to pay for all of this?", "Anna Berg"],
      ["DIRECT", "At least the trains will be empty", "Anna Berg"],
    ]);
  });

  it("reports nothing for an infinitive or a passive speech verb", () => {
    expect(one("The union has 30 days to explain why the strike went ahead.")).toEqual([]);
    expect(one("It was announced that the plant would close by June.")).toEqual([]);
  });
});

describe("who reported it", () => {
  it("reads a trailing subject with its apposition, then a short aside", () => {
    const [c] = one(
      "The museum will reopen by June, the city's culture chief, Lena Park, said on Tuesday, " +
        "a month later than planned.",
    );
    expect(c).toMatchObject({ form: "REPORTED", quote: "The museum will reopen by June" });
    expect(c?.speaker).toMatchObject({ name: "Lena Park", role: "city's culture chief" });
    expect(c?.resolveBy).toBe("2026-06-30");
  });

  it("skips the hearer between the verb and its that-clause", () => {
    expect(
      reported(
        "Chief executive Alison Hart told investors that the chain would open ten stores. " +
          "Minister Paul Dunn warned farmers that water would be rationed.",
      ),
    ).toEqual([
      ["REPORTED", "the chain would open ten stores", "Alison Hart"],
      ["REPORTED", "water would be rationed", "Paul Dunn"],
    ]);
  });

  it("reads “Descriptor, Name, conceded but said …” as that person's words", () => {
    expect(reported("His rival, Chiara Conti, conceded but said the count was flawed.")).toEqual([
      ["REPORTED", "the count was flawed", "Chiara Conti"],
    ]);
  });

  it("names a speaker described before anyone was named", () => {
    const [c] = one(
      "Platforms have 30 days to respond to the rules, the bloc's digital chief said.",
    );
    expect(c?.speaker).toMatchObject({ name: "bloc's digital chief", anonymous: true });
    expect(c?.resolveBy).toBe("2026-04-01");
  });
});

describe("where the reported content ends", () => {
  it("leaves out the writer's comment on the news", () => {
    expect(
      reported("Lena Vogt has insisted she is staying at the club, ending weeks of speculation."),
    ).toEqual([["REPORTED", "she is staying at the club", "Lena Vogt"]]);
  });

  it("cuts a trailing “, which …” clause but dates the passage by it", () => {
    const [c] = one(
      "Coach Ben Ode said he would sign before the end of the season, which ends on May 24.",
    );
    expect(c?.quote).toBe("he would sign before the end of the season");
    expect(c?.resolveBy).toBe("2026-05-24");
  });
});

describe("a second predicate with its own modal", () => {
  it("splits “… next week and would …”: each act has its own date", () => {
    const [a, b] = one(
      "The harbour board said it would dredge the channel next week and would reopen the quay in June.",
    );
    expect([a?.quote, a?.resolveBy]).toEqual([
      "it would dredge the channel next week",
      "2026-03-15",
    ]);
    expect([b?.quote, b?.resolveBy, b?.speaker?.name]).toEqual([
      "would reopen the quay in June",
      "2026-06-30",
      "harbour board",
    ]);
  });

  it("splits “…, and would …” after a comma", () => {
    expect(
      reported(
        "Mayor Ines Kolar said the city had sold the depot, and would spend the money on buses.",
      ),
    ).toEqual([
      ["REPORTED", "the city had sold the depot", "Ines Kolar"],
      ["REPORTED", "would spend the money on buses", "Ines Kolar"],
    ]);
  });

  it("keeps one commitment whole when neither part is dated on its own", () => {
    expect(
      reported("The inspectorate said it would review the case and would publish what it found."),
    ).toEqual([
      ["REPORTED", "it would review the case and would publish what it found", "inspectorate"],
    ]);
  });
});

describe("an instruction to a hearer is no content", () => {
  it("cuts “…, and warned them not to …” off the report", () => {
    expect(
      reported(
        "Judge Ann Cole said she expected the trial to end next week, and warned the jurors " +
          "not to discuss the case.",
      ),
    ).toEqual([["REPORTED", "she expected the trial to end next week", "Ann Cole"]]);
  });
});

describe("a quotation closing reported speech", () => {
  it("makes the quoted words a direct claim of the reporter's speaker", () => {
    expect(
      reported(
        "Dr Maya Osei, who chairs the review panel and has advised two governments on pensions, " +
          "said the new schedule for raising the age was “far too quick for families to plan around”.",
      ),
    ).toEqual([["DIRECT", "far too quick for families to plan around", "Maya Osei"]]);
  });

  it("keeps reporting what was said before the quoted predicate", () => {
    expect(
      reported(
        "The water regulator Ofwat said on Monday it had received the company's appeal against " +
          "the fine and would rule on it “as fast as the rules permit”.",
      ),
    ).toEqual([
      ["REPORTED", "it had received the company's appeal against the fine", "Ofwat"],
      ["DIRECT", "as fast as the rules permit", "Ofwat"],
    ]);
  });

  it("leaves a short scare quote inside the report", () => {
    expect(reported("The union said its members were “exhausted” and had worked unpaid.")).toEqual([
      ["REPORTED", "its members were “exhausted” and had worked unpaid", "union"],
    ]);
  });
});

describe("long subjects and people named by where they stand", () => {
  it("reads a reported clause whose subject runs past ten words", () => {
    expect(
      reported(
        "Ana Ruiz said the Danish and Swedish demands for a larger share of the herring were excessive.",
      ),
    ).toEqual([
      [
        "REPORTED",
        "the Danish and Swedish demands for a larger share of the herring were excessive",
        "Ana Ruiz",
      ],
    ]);
  });

  it("reads “one parent” or “a backbencher” as an anonymous speaker", () => {
    expect(
      reported(
        "One parent, who asked not to be named, said the scheme had helped. A backbencher said " +
          "the vote would be close.",
      ),
    ).toEqual([
      ["REPORTED", "the scheme had helped", "parent"],
      ["REPORTED", "the vote would be close", "backbencher"],
    ]);
  });
});

describe("a fact and a commitment in one report (classes from test-8, own wording)", () => {
  it.each([
    // The speaker's own past act, then what it will do: two claims to check.
    [
      "The airline said it had grounded the damaged jet and would refund every passenger.",
      ["it had grounded the damaged jet", "would refund every passenger"],
    ],
    [
      "The bakery chain said the company regretted the recall and expected to restock shops soon.",
      ["the company regretted the recall", "expected to restock shops soon"],
    ],
    [
      "A spokesman said the board would review the contract and could cancel it outright.",
      ["the board would review the contract", "could cancel it outright"],
    ],
    // A named third party's fact and its consequence is one judgement.
    [
      "An analyst said Corvex had spent too much on mines and would struggle to repay its debts.",
      ["Corvex had spent too much on mines and would struggle to repay its debts"],
    ],
    // A stance that gives the act its reason stays with it.
    [
      "The union said it was furious and would ballot its members.",
      ["it was furious and would ballot its members"],
    ],
    [
      "The union said it disagreed with the offer and would ballot its members.",
      ["it disagreed with the offer and would ballot its members"],
    ],
    // The hearer of a second speech verb is not the content.
    [
      "The coroner said she would rule next month and warned them that the evidence was thin.",
      ["she would rule next month", "the evidence was thin"],
    ],
    // Where or when the words were said, between the verb and "that".
    [
      "The striker's agent said outside the stadium that talks had broken down.",
      ["talks had broken down"],
    ],
    [
      "The mayor said afterwards that the vote had been a mistake.",
      ["the vote had been a mistake"],
    ],
  ])("%s", (text, quotes) => {
    expect(one(text).map((c) => c.quote)).toEqual(quotes);
  });

  it("reads 'would continue to co-operate' as a commitment", () => {
    const [first, second] = one(
      "The firm said it had closed the faulty plant and would continue to co-operate with inspectors.",
    );
    expect(first?.kind).toBe("STATEMENT");
    expect(second?.kind).toBe("PROMISE");
  });
});
