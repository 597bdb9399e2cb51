import type { SpeakerGuess } from "@/lib/intake/types";
import { parseSpeakerPhrase, type SpeakerRef } from "@/lib/intake/names";

// Who "he", "the official" and "Umarov" are: the speakers met so far, with where the text
// mentions them. A reference resolves to the nearest mention before it, as a reader would.

interface Entity {
  guess: SpeakerGuess;
  mentions: number[];
}

/** How far back (characters) a surname looks for the full name it shortens. */
const LOOKBACK = 6000;

const key = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
const lastToken = (s: string) => key(s.split(" ").pop() ?? "");

export class Discourse {
  private readonly entities: Entity[] = [];

  constructor(private readonly text: string) {}

  /** Resolves the speaker phrase found at offset `at`; null when it names nobody known. */
  resolvePhrase(phrase: string, at: number): SpeakerGuess | null {
    const ref = parseSpeakerPhrase(phrase);
    return ref ? this.resolve(ref, at) : null;
  }

  resolve(ref: SpeakerRef, at: number): SpeakerGuess | null {
    switch (ref.type) {
      case "guess":
        return this.register(ref.guess, at);
      case "pronoun":
        return this.nearest(at, (e) => e.guess.kind !== "ORGANIZATION");
      case "definite": {
        const found = this.nearest(at, (e) =>
          [e.guess.name, e.guess.role ?? ""].some((s) =>
            key(s).includes(ref.head.replace(/s$/, "")),
          ),
        );
        return found ?? null;
      }
      case "surname":
        return this.resolveSurname(ref.name, ref.role, at);
    }
  }

  /** The speaker last mentioned before `at` (the "he said" of a follow-up paragraph). */
  lastSpeakerBefore(at: number): SpeakerGuess | null {
    return this.nearest(at, () => true);
  }

  private register(guess: SpeakerGuess, at: number): SpeakerGuess {
    const same = this.entities.find(
      (e) =>
        key(e.guess.name) === key(guess.name) ||
        (guess.kind === "PERSON" && key(e.guess.name).endsWith(` ${key(guess.name)}`)) ||
        (guess.kind === "PERSON" &&
          e.guess.kind === "PERSON" &&
          lastToken(e.guess.name) === lastToken(guess.name) &&
          key(e.guess.name).startsWith(key(guess.name).slice(0, 1))),
    );
    if (same) {
      same.mentions.push(at);
      if (!same.guess.role && guess.role) same.guess = { ...same.guess, role: guess.role };
      if (!same.guess.affiliation && guess.affiliation)
        same.guess = { ...same.guess, affiliation: guess.affiliation };
      return { ...same.guess };
    }
    this.entities.push({ guess: { ...guess }, mentions: [at] });
    return { ...guess };
  }

  private resolveSurname(name: string, role: string | null, at: number): SpeakerGuess {
    const known = this.entities.find(
      (e) => e.guess.kind === "PERSON" && lastToken(e.guess.name) === key(name),
    );
    if (known) return this.register({ ...known.guess, role: known.guess.role ?? role }, at);
    // A full name ending in this surname earlier in the text, with the role before it.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(
      `((?:[\\p{Ll}’'\\p{Lu}][\\p{L}’'-]*\\s+){0,8}?)((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3})${escaped}\\b`,
      "gu",
    );
    // Look back a few pages only: a surname shortens a name met nearby, and a whole-text
    // search per mention would make long pastes quadratic.
    for (const m of this.text.slice(Math.max(0, at - LOOKBACK), at).matchAll(re)) {
      const full = parseSpeakerPhrase(`${m[1] ?? ""}${m[2] ?? ""}${name}`);
      if (full?.type === "guess" && full.guess.kind === "PERSON") {
        return this.register({ ...full.guess, role: full.guess.role ?? role }, at);
      }
    }
    return this.register({ name, kind: "PERSON", anonymous: false, affiliation: null, role }, at);
  }

  private nearest(at: number, accept: (e: Entity) => boolean): SpeakerGuess | null {
    let best: { e: Entity; pos: number } | null = null;
    for (const e of this.entities) {
      if (!accept(e)) continue;
      let pos = Math.max(-1, ...e.mentions.filter((m) => m < at));
      if (e.guess.kind === "PERSON") {
        const surname = e.guess.name.split(" ").pop() ?? "";
        pos = Math.max(pos, this.text.lastIndexOf(surname, at - 1));
      }
      if (pos >= 0 && (!best || pos > best.pos)) best = { e, pos };
    }
    if (!best) return this.namedBefore(at);
    best.e.mentions.push(at);
    return { ...best.e.guess };
  }

  /** A person introduced before any speaker ("Dr. Amara Nwosu, a biologist, has …"). */
  private namedBefore(at: number): SpeakerGuess | null {
    const re =
      /(?:\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+)(?=,\s+(?:a|an|the)\s|\s+(?:has|had|is|was|says|said)\b)/gu;
    let last: string | null = null;
    for (const m of this.text.slice(Math.max(0, at - 2000), at).matchAll(re)) last = m[0];
    if (!last) return null;
    const ref = parseSpeakerPhrase(last);
    return ref?.type === "guess" && ref.guess.kind === "PERSON"
      ? this.register(ref.guess, at)
      : null;
  }
}
