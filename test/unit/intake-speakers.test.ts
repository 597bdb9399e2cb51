import { beforeAll, describe, expect, it } from "vitest";
import { extractCandidates, warmExtractor } from "@/lib/intake/extract";
import { parseSpeakerPhrase } from "@/lib/intake/names";

// Loading compromise's lexicon takes seconds on a busy machine: once, outside any test's time.
beforeAll(() => warmExtractor(), 60_000);

// Speaker resolution, one kind of reference per test, on sentences written for these tests.
const one = (text: string) => extractCandidates(text, { articleDate: "2026-03-02" });
const speakers = (text: string) => one(text).map((c) => c.speaker?.name ?? null);

describe("speaker names with an owner or a connector", () => {
  it("reads “X's Name Surname” as the person, with X as affiliation", () => {
    const [a, b] = one(
      "The Labour Party's Jane Miles said the vote had been rigged. " +
        "“We will take this to court,” Miles said.",
    );
    expect(a?.speaker).toMatchObject({ name: "Jane Miles", affiliation: "Labour Party" });
    expect(b?.speaker?.name).toBe("Jane Miles");
    const ref = parseSpeakerPhrase("Acme Corp's Dan Reed");
    expect(ref).toMatchObject({ guess: { name: "Dan Reed", affiliation: "Acme Corp" } });
  });

  it("keeps a title with its owner as the role", () => {
    const ref = parseSpeakerPhrase("France's Finance Minister Paul Girard");
    expect(ref).toMatchObject({
      guess: { name: "Paul Girard", role: "France's Finance Minister", kind: "PERSON" },
    });
  });

  it.each([
    ["The Bank of England", "Bank of England"],
    ["the Department for Transport", "Department for Transport"],
    ["Brown & Sons", "Brown & Sons"],
    ["The city's bus operator, Northline Buses Ltd", "Northline Buses Ltd"],
    ["Northline Buses Ltd, the city's bus operator", "Northline Buses Ltd"],
  ])("reads “%s” as the organisation %s", (phrase, name) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({
      type: "guess",
      guess: { name, kind: "ORGANIZATION" },
    });
  });
});

describe("a person's title before a name", () => {
  it.each([
    ["Forecaster Tim Hall", "Tim Hall", "Forecaster"],
    ["Bank of England Governor Andrew Bailey", "Andrew Bailey", "Bank of England Governor"],
    ["Police Chief John Doe", "John Doe", "Police Chief"],
  ])("%s is a person, whatever the title's words", (phrase, name, role) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({
      type: "guess",
      guess: { name, role, kind: "PERSON" },
    });
  });

  it("still reads club and company suffixes as organisations", () => {
    expect(parseSpeakerPhrase("Harbour City FC")).toMatchObject({
      guess: { kind: "ORGANIZATION" },
    });
  });
});

describe("anonymous speakers named by their trade", () => {
  it.each([
    ["A hospital doctor", "hospital doctor", null],
    ["A Met Office forecaster", "Met Office forecaster", "Met Office"],
    // Where they stand is not who they are: "the plant" is a site ("at the Drax plant" or
    // "at the company" would stay, as whom they work for).
    ["an engineer at the plant", "engineer", null],
  ])("%s", (phrase, name, affiliation) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({
      type: "guess",
      guess: { name, kind: "ANONYMOUS", anonymous: true, affiliation },
    });
  });
});

describe("“he” after a person brought in without a speech verb", () => {
  it("resolves to the sentence subject introduced after the last speaker", () => {
    const text =
      "Ana Ruiz said the clinic would close in May.\n\n" +
      "Her deputy, Marco Bell, was less certain. He said the board had not yet voted. " +
      "“Nothing has been decided yet,” he said.";
    const found = one(text);
    expect(found.map((c) => c.speaker?.name)).toEqual(["Ana Ruiz", "Marco Bell", "Marco Bell"]);
    expect(found[1]?.speaker?.role).toBe("deputy");
  });

  it("reads a title before the introduced person", () => {
    const text =
      "Minister Jonas Berg said the reform would pass. " +
      "Union leader Sara Holt was unimpressed. “We have heard these promises before,” she said.";
    expect(speakers(text)).toEqual(["Jonas Berg", "Sara Holt"]);
    expect(one(text)[1]?.speaker?.role).toBe("Union leader");
  });

  it("picks by gender: “she” skips a man named since, “he” a woman", () => {
    const text =
      "Minister Anna Berg met union chief Tom Hale on Monday. Berg said the talks had gone well.\n\n" +
      "Hale was less upbeat. “We are still far apart on pay,” he said.\n\n" +
      "“I remain confident we will have a deal by Friday,” she said.";
    expect(speakers(text)).toEqual(["Anna Berg", "Tom Hale", "Anna Berg"]);
  });

  it("reads a surname opening a sentence as the full name met before, and any verb after it", () => {
    const text =
      "Rustem Umerov said the talks were hard. Kwame Mensah spoke next. " +
      "“The hospitals are full every single night,” he said.\n\n" +
      "Prices were falling. “Nobody expected this to happen so fast,” he said.";
    expect(speakers(text)).toEqual(["Rustem Umerov", "Kwame Mensah", "Kwame Mensah"]);
  });

  it("does not take a person named as an object", () => {
    const text =
      "Mayor Tom Hale said the bridge would reopen in June. He thanked Maria Costa for her work. " +
      "“The city owes her a great deal,” he said.";
    expect(speakers(text)).toEqual(["Tom Hale", "Tom Hale"]);
  });
});

describe("“the company” and “it” for an organisation named before", () => {
  it("resolves to the organisation named after its descriptor", () => {
    const text =
      "Carmaker Voss Motors cut 2,000 jobs on Monday. " +
      "The company said demand for its vans had collapsed. " +
      "It said a new model would be launched by June.";
    expect(speakers(text)).toEqual(["Voss Motors", "Voss Motors"]);
  });

  it("matches a specific noun to the organisation it describes", () => {
    const text =
      "Energy regulator Ofgas fined supplier Brightwatt Energy 3 million pounds on Tuesday. " +
      "The regulator said the fine would have to be paid within 30 days.";
    expect(speakers(text)).toEqual(["Ofgas"]);
  });

  it("keeps the noun itself when the text named no such organisation", () => {
    expect(speakers("The club says the new stand will cost 40 million pounds.")).toEqual(["club"]);
  });

  it("finds no speaker for “it” when no organisation was named", () => {
    expect(one("It said the weather would improve by Friday.")).toEqual([]);
  });
});

describe("unnamed bodies and descriptors", () => {
  it("names a body the text gives only as “the …”, but not a document", () => {
    expect(
      speakers(
        "The fire brigade said the blaze had been put out by midnight. " +
          "The report said inflation would rise. The latter said nothing would change.",
      ),
    ).toEqual(["fire brigade"]);
  });

  it("keeps an anonymous descriptor whole across “, and who …”", () => {
    const [c] = one(
      "A union leader who spoke at the rally, and who asked not to be named, " +
        "told the Herald that the strike would go on.",
    );
    expect(c).toMatchObject({ form: "REPORTED", quote: "the strike would go on" });
    expect(c?.speaker).toMatchObject({ name: "union leader", anonymous: true });
  });
});
