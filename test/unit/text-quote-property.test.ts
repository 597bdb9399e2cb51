import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorQuote, locateQuote } from "@/lib/sources/text-quote";
import { foldText } from "@/lib/sources/text-fold";

// Property-based check of the anchoring rules in lib/sources/text-quote.ts: texts are made
// of "atoms" mixing the characters the rules are about, a quote is cut from a text, changed
// only in ways the rules forgive, and must then be found at the source's own characters.
// Fixed seed, so CI sees the same cases every run; raise numRuns locally to search wider.

const SEED = 20261201;
const RUNS = 300;

const LETTERS = [
  ..."abcdefghijklmnopqrstuvwxyzAEIOUXYZ0123456789",
  ...["İ", "ı", "ß", "ẞ", "ŉ", "ς", "Σ", "ΐ", "ﬁ", "Ω", "\u2126", "ǅ", "Ꭰ"],
  ...["é", "e\u0301", "ṩ", "s\u0323\u0307", "a\u0323\u0307", "Å", "A\u030A"],
  ...["한", "국", "👍", "👍🏽", "中"],
];
const PUNCT_CLASSES = [
  ["'", "’", "‘", "ʼ", "‚"],
  ['"', "“", "”", "«", "»", "„"],
  ["-", "–", "—", "‐", "−"],
  ["…", "..."],
];
const PLAIN_PUNCT = [".", ",", ":", "!", "?", "(", ")"];
const SPACES = [" ", "\u00A0", "\n", "\t", "\u202F", "  ", " \n ", "\u3000"];
const IGNORABLES = ["\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF"];

type Atom = { kind: "letter" | "punct" | "space" | "ignorable"; text: string };

const atom: fc.Arbitrary<Atom> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...LETTERS).map((text) => ({ kind: "letter", text })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...PUNCT_CLASSES.flat(), ...PLAIN_PUNCT)
      .map((text) => ({ kind: "punct", text })),
  },
  { weight: 3, arbitrary: fc.constantFrom(...SPACES).map((text) => ({ kind: "space", text })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...IGNORABLES).map((text) => ({ kind: "ignorable", text })),
  },
) as fc.Arbitrary<Atom>;

const join = (atoms: readonly Atom[]) => atoms.map((a) => a.text).join("");
const visible = (a: Atom) => a.kind === "letter" || a.kind === "punct";

/** One change the rules forgive, for one atom, chosen by `choice` (any integer). */
function perturbAtom(a: Atom, choice: number): string {
  switch (a.kind) {
    case "letter":
      return [
        a.text,
        a.text.toUpperCase(),
        a.text.toLowerCase(),
        a.text.normalize("NFC"),
        a.text.normalize("NFD"),
        a.text.toLowerCase().normalize("NFD"),
      ][choice % 6] as string;
    case "punct": {
      const cls = PUNCT_CLASSES.find((c) => c.includes(a.text));
      return cls ? (cls[choice % cls.length] as string) : a.text;
    }
    case "space":
      return SPACES[choice % SPACES.length] as string;
    case "ignorable":
      return choice % 2 === 0 ? "" : (IGNORABLES[choice % IGNORABLES.length] as string);
  }
}

/** The quote as a user might type it: each atom changed, invisible characters sprinkled in. */
function perturb(atoms: readonly Atom[], choices: readonly number[], whole: number): string {
  let out = "";
  atoms.forEach((a, i) => {
    const choice = choices[i % choices.length] ?? 0;
    out += perturbAtom(a, choice);
    // Between two atoms (never between a letter and its accents) an invisible one may appear.
    if (choice % 7 === 0 && i < atoms.length - 1) out += IGNORABLES[choice % IGNORABLES.length];
  });
  return [out, out.toUpperCase(), out.toLowerCase(), out.normalize("NFC"), out.normalize("NFD")][
    whole % 5
  ] as string;
}

/** The visible span of atoms[from..to): leading and trailing spaces and invisibles dropped. */
function trimAtoms(atoms: readonly Atom[], from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (a < b && !visible(atoms[a] as Atom)) a++;
  while (b > a && !visible(atoms[b - 1] as Atom)) b--;
  return a < b ? [a, b] : null;
}

const folded = (s: string) => foldText(s).folded.trim();

describe("anchorQuote, property-based", () => {
  it("finds a perturbed quote at the source's own characters", () => {
    fc.assert(
      fc.property(
        fc.array(atom, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (atoms, x, y, choices, whole) => {
          const span = trimAtoms(
            atoms,
            Math.min(x, y) % atoms.length,
            1 + (Math.max(x, y) % atoms.length),
          );
          fc.pre(span !== null);
          const [from, to] = span;
          const text = join(atoms);
          const start = join(atoms.slice(0, from)).length;
          const end = start + join(atoms.slice(from, to)).length;
          const quote = perturb(atoms.slice(from, to), choices, whole);

          const a = anchorQuote(text, quote);
          // (a) found
          expect(a.found).toBe(true);
          // (b) exact is the source's own slice, and says the same words as the quote
          expect(a.exact).toBe(text.slice(a.start, a.end));
          expect(folded(a.exact)).toBe(folded(quote));
          expect(text.slice(0, a.start).endsWith(a.prefix)).toBe(true);
          expect(text.slice(a.end).startsWith(a.suffix)).toBe(true);
          // The first occurrence wins, so it is this one or an earlier one.
          expect(a.start).toBeLessThanOrEqual(start);
          if (a.start === start) expect(a.end).toBe(end);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("uses prefix and suffix to pick the right occurrence among repeats", () => {
    fc.assert(
      fc.property(
        fc.array(atom, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(atom, { maxLength: 10 }), { minLength: 2, maxLength: 5 }),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (quoteAtoms, fillers, pick, choices, whole) => {
          const span = trimAtoms(quoteAtoms, 0, quoteAtoms.length);
          fc.pre(span !== null);
          const exactAtoms = quoteAtoms.slice(...span);
          const exact = join(exactAtoms);
          // Occurrence n sits between the markers "#n " and " @n", which tell them apart.
          let text = "";
          const starts: number[] = [];
          fillers.forEach((filler, n) => {
            text += `${join(filler)} #${n} `;
            starts.push(text.length);
            text += `${exact} @${n} `;
          });
          const m = pick % fillers.length;
          const start = starts[m] as number;
          const selector = {
            exact: perturb(exactAtoms, choices, whole),
            prefix: text.slice(Math.max(0, start - 3 - String(m).length), start),
            suffix: text.slice(start + exact.length, start + exact.length + 2 + String(m).length),
          };
          // The stored context may itself have been typed differently.
          if (whole % 2 === 0) selector.prefix = selector.prefix.replace(" ", "\u00A0");

          const found = locateQuote(text, selector);
          expect(found?.start).toBe(start);
          expect(found?.exact).toBe(exact);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
