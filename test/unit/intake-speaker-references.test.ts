import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";

// More references back to a speaker (see intake-speaker-classes.test.ts), each on sentences
// written for these tests.

beforeAll(() => warmExtractor(), 60_000);

const speakers = (text: string) =>
  extractCandidates(text, { articleDate: "2026-03-02" }).map((c) => c.speaker?.name ?? null);

describe("references by age and by owner", () => {
  it("reads “the 58-year-old” as the person last met", () => {
    expect(
      speakers(
        "Opposition leader Rafael Ortega conceded on Sunday. " +
          "The 58-year-old said he would not accept a seat in the cabinet.",
      ),
    ).toEqual(["Rafael Ortega"]);
  });

  it("reads “Name's spokesman” as a descriptor of its own when no spokesman spoke", () => {
    expect(
      speakers(
        "Prime Minister Leo Tanaka met the governor on Monday. " +
          "Tanaka’s spokesman said the visit would focus on trade.",
      ),
    ).toEqual(["Tanaka’s spokesman"]);
  });

  it("reads it as the spokesman named before, when there was one", () => {
    expect(
      speakers(
        "Ken Ito, a spokesman for the prime minister, said the trip was planned. " +
          "Tanaka’s spokesman said it would focus on trade.",
      ),
    ).toEqual(["Ken Ito", "Ken Ito"]);
  });
});

describe("a platform's one-letter name ends a sentence", () => {
  it("does not read “on X.” as an initial", () => {
    expect(
      speakers(
        "“This is a dark day for our country,” opposition leader Rafael Ortega wrote on X. " +
          "Ortega said he would not accept the result.",
      ),
    ).toEqual(["Rafael Ortega", "Rafael Ortega"]);
  });
});

describe("an organisation referred to by its noun", () => {
  it("reads an apposition after a company's name as the noun that finds it again", () => {
    expect(
      speakers(
        "Harbour & Sons, the family-owned ferry operator, will drop six routes, the company said. " +
          "In a filing, the company said fares would rise. The operator said it would hire crews.",
      ),
    ).toEqual(["Harbour & Sons", "Harbour & Sons", "Harbour & Sons"]);
  });

  it("reads “the team” as the club an apposition called a team", () => {
    expect(
      speakers(
        "Kestrel Rowing, the university rowing team that nearly folded in May, has found a backer, the " +
          "team said. The team said it would race at Henley.",
      ),
    ).toEqual(["Kestrel Rowing", "Kestrel Rowing"]);
  });

  it("reads “the trust” or “the council” as a body named in passing with that noun", () => {
    expect(
      speakers(
        "The scheme will be audited by the Northfield Heritage Trust, a charity. The trust said " +
          "it would report in May. Roads will be resurfaced under plans approved by Marston " +
          "District Council. The council said work would start in June.",
      ),
    ).toEqual(["Northfield Heritage Trust", "Marston District Council"]);
  });

  it("reads a bare “the agency” as the last body whose name shows no kind", () => {
    expect(
      speakers(
        "The tunnel will shut for a year, Transport Wales North said. The Cyclists' Association " +
          "said the closure would cost riders. The agency said the tunnel would reopen in 2028.",
      ),
    ).toEqual(["Transport Wales North", "Cyclists' Association", "Transport Wales North"]);
  });

  it("keeps a modified noun (“the transport ministry”) as a body of its own", () => {
    expect(
      speakers(
        "Nordvik Ferries said it would buy two ships. The transport ministry said last week " +
          "that most ferries run on batteries.",
      ),
    ).toEqual(["Nordvik Ferries", "transport ministry"]);
  });
});

describe("appositions that are not the speaker", () => {
  it("skips an apposition that holds a clause of its own", () => {
    expect(
      speakers(
        "The Friends of Marston Park, a residents' group set up when the council last tried to " +
          "sell the land, said it would fight the plan.",
      ),
    ).toEqual(["Friends of Marston Park"]);
  });

  it("keeps the person when a second apposition describes their body", () => {
    expect(
      speakers(
        "Omar Haddad, leader of Cyngor Gwynedd, the county council, said residents were angry. " +
          "“We were promised a new road years ago,” he said.",
      ),
    ).toEqual(["Omar Haddad", "Omar Haddad"]);
  });

  it("drops where an anonymous speaker stands, keeps whom they work for", () => {
    expect(
      speakers(
        "A volunteer at the main entrance, who asked not to be named, said visitors were angry. " +
          "A nurse at the local hospital said the wards were full.",
      ),
    ).toEqual(["volunteer", "nurse at the local hospital"]);
  });
});

describe("names of bodies and offices with “and”, and a first predicate before “said”", () => {
  it("keeps “and” inside what a department or an office is of", () => {
    expect(
      speakers(
        "Grants will be cut, the Department of Culture and Heritage said. Minister for Trade " +
          "and Industry Jane Holt said exporters would be consulted.",
      ),
    ).toEqual(["Department of Culture and Heritage", "Jane Holt"]);
  });

  it("reads the subject before a first verb coordinated with the speech verb", () => {
    expect(
      speakers(
        "The Royal Society of Engineers welcomed the review but said the budget was “nowhere " +
          "near what the railways need”.",
      ),
    ).toEqual(["Royal Society of Engineers"]);
  });

  it("reads a bare “the agency” as a body whose name was read as a person's", () => {
    expect(
      speakers(
        "The tunnel will shut for a year, National Roads North said. The Hauliers' Association " +
          "said the closure would cost money. The agency admitted that rust had been found.",
      ),
    ).toEqual(["National Roads North", "Hauliers' Association", "National Roads North"]);
  });
});

describe("a person brought in with a descriptor, and people named by where they stand", () => {
  it("reads “the 24-year-old” as the person a sentence just brought in", () => {
    expect(
      speakers(
        "Greta Lind said the club had been sold. Its top scorer, the Danish forward Mads Holm, " +
          "had been courted by two rivals. The 24-year-old said he had never considered leaving.",
      ),
    ).toEqual(["Greta Lind", "Mads Holm"]);
  });

  it("does not take the object of a verb for a person brought in", () => {
    expect(
      speakers(
        "Greta Lind said the club had been sold. The club signed Mads Holm, who scored twice. " +
          "The 24-year-old said he was happy.",
      ),
    ).toEqual(["Greta Lind", "Greta Lind"]);
  });

  it("drops the place after a parent or a passenger, and reads “on the …”", () => {
    expect(
      speakers(
        "One parent at Hillside Primary, who asked not to be named, said the club had helped. " +
          "A passenger on the late train said the staff had been kind. A source on the " +
          "committee said the vote was close.",
      ),
    ).toEqual(["parent", "passenger", "source on the committee"]);
  });
});

// Speaker classes found on the test-8 half, each in wording of our own.
describe("live-blog labels, relatives sharing a surname and qualified public bodies", () => {
  it("does not take a live blog's topic label as part of the speaker", () => {
    expect(
      speakers("Roads: the transport department says the coast road will reopen on Friday."),
    ).toEqual(["transport department"]);
  });

  it("reads a person introduced after a live blog's label as who “he” means", () => {
    expect(
      speakers(
        "Forecaster John Reed said winds would ease by noon.\n\n" +
          "Updates from Brindle Water: the utility's chief engineer, Paul Grey, has just spoken " +
          'to reporters. "Every home will have water again by tonight," he said.',
      ),
    ).toEqual(["John Reed", "Paul Grey"]);
  });

  it("reads “she” as a relative just introduced, not the earlier speaker with her surname", () => {
    expect(
      speakers(
        'Rosa Lind, the coach, spoke first. "We were poor in every department," she said.\n\n' +
          'Her sister, Maja Lind, who plays in goal, was calmer. "We will win the next one," she said.',
      ),
    ).toEqual(["Rosa Lind", "Maja Lind"]);
  });

  it("keeps “the education department” apart from another public body named before", () => {
    expect(
      speakers(
        "The Met Office said winds would ease by noon.\n\n" +
          "Schools: the education department says all schools will open as normal.",
      ),
    ).toEqual(["Met Office", "education department"]);
  });
});

describe("a quote over paragraphs attributed at its end", () => {
  it("gives every paragraph to the person named after the last one, not the speaker before", () => {
    expect(
      speakers(
        '"Nobody has seen a winter like it," says Peter Quill, the harbour master.\n\n' +
          "Across the bay, Nora Blake has moved her boats inland.\n\n" +
          '"Everyone laughed when I bought a trailer for every boat I own.\n\n' +
          '"But this month my boats were dry while the harbour flooded twice," Blake says.',
      ),
    ).toEqual(["Peter Quill", "Nora Blake", "Nora Blake"]);
  });
});
