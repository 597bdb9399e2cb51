import { describe, expect, it } from "vitest";
import { normalizeName } from "@/lib/actors/normalize-name";
import { ZActorInput, ZActorMerge, ZActorPatch, ZActorSearch } from "@/lib/actors/schemas";
import { fieldErrorsFrom } from "@/lib/errors";

const id = "6a9656ce-a383-4b00-8a0d-fcd726fc55c1";

function errors(schema: { safeParse: (v: unknown) => unknown }, input: unknown) {
  const r = schema.safeParse(input) as ReturnType<typeof ZActorInput.safeParse>;
  return r.success ? {} : fieldErrorsFrom(r.error);
}

describe("normalizeName", () => {
  it("drops accents and case and collapses spaces", () => {
    expect(normalizeName("  Rustam   UMÁROV ")).toBe("rustam umarov");
    expect(normalizeName("José Martí")).toBe("jose marti");
    expect(normalizeName("Пётр Ёлкин")).toBe("петр елкин");
    // A letter of its own, not an accented one, stays.
    expect(normalizeName("Умєров")).toBe("умєров");
  });
});

describe("ZActorInput", () => {
  it("accepts a name and kind; optional text becomes null, aliases a list", () => {
    expect(ZActorInput.parse({ name: " Umerov ", kind: "PERSON", affiliation: "" })).toEqual({
      name: "Umerov",
      kind: "PERSON",
      affiliation: null,
      description: null,
      aliases: [],
    });
  });

  it("reads aliases from a list or from lines, dropping blanks", () => {
    const parse = (aliases: unknown) =>
      ZActorInput.parse({ name: "A", kind: "PERSON", aliases }).aliases;
    expect(parse(["Rustam Umarov", " ", " Umerov "])).toEqual(["Rustam Umarov", "Umerov"]);
    expect(parse("Rustam Umarov\r\n\nUmerov\n")).toEqual(["Rustam Umarov", "Umerov"]);
  });

  it("names every bad field", () => {
    expect(
      errors(ZActorInput, {
        name: "",
        kind: "ROBOT",
        description: "x".repeat(2001),
        aliases: [1],
      }),
    ).toEqual({
      name: "Enter the actor's name",
      kind: "Choose person, organization or anonymous descriptor",
      description: "The description must be at most 2,000 characters",
      aliases: "Send aliases as a list of names",
    });
    expect(
      errors(ZActorInput, { name: "A", kind: "PERSON", aliases: Array(51).fill("a") }),
    ).toEqual({ aliases: "Give at most 50 aliases" });
  });
});

describe("ZActorPatch", () => {
  it("leaves absent fields undefined, so they stay as they are", () => {
    expect(ZActorPatch.parse({ id })).toEqual({
      id,
      name: undefined,
      kind: undefined,
      affiliation: undefined,
      description: undefined,
      addAliases: [],
      removeAliasIds: [],
    });
  });

  it("clears optional text given as empty or null", () => {
    const r = ZActorPatch.parse({ id, affiliation: " ", description: null });
    expect(r.affiliation).toBeNull();
    expect(r.description).toBeNull();
  });

  it("refuses an empty name and alias ids that are not ids", () => {
    expect(errors(ZActorPatch, { id, name: " ", removeAliasIds: ["x"] })).toEqual({
      name: "Enter the actor's name",
      "removeAliasIds.0": "Unknown alias",
    });
  });
});

describe("ZActorMerge and ZActorSearch", () => {
  it("need both actors", () => {
    expect(errors(ZActorMerge, { id })).toEqual({ intoId: "Choose the actor to merge into" });
  });

  it("read the directory's parameters, an empty kind meaning all kinds", () => {
    expect(ZActorSearch.parse({ q: " umarov ", kind: "" })).toEqual({
      q: "umarov",
      kind: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(errors(ZActorSearch, { kind: "ROBOT", pageSize: "500" })).toEqual({
      kind: "kind must be PERSON, ORGANIZATION or ANONYMOUS",
      pageSize: "pageSize must be a whole number from 1 to 100",
    });
  });
});
