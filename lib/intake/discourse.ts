import type { SpeakerGuess } from "@/lib/intake/types";
import { parseSpeakerPhrase } from "@/lib/intake/names";
import type { SpeakerRef } from "@/lib/intake/named-ref";
import { ORG_WORDS } from "@/lib/intake/organisations";
import { organisationReferent, otherField, type Mentioned } from "@/lib/intake/org-reference";
import {
  fullNameBefore,
  fullNameWithRole,
  introducedIn,
  lastWordIn,
  namedInPassing,
  sharesSurname,
} from "@/lib/intake/person-scan";
import {
  addMention,
  genderOf,
  isFirstName,
  key,
  lastBelow,
  lastToken,
  INTRODUCED_LOOKBACK,
  LOOKBACK,
  RECALL,
  type Gender,
} from "@/lib/intake/speaker-names";

// Who "he", "the official" and "Umarov" are: the speakers met so far, with where the text
// mentions them. A reference resolves to the nearest mention before it, as a reader would.

interface Entity {
  guess: SpeakerGuess;
  /** Folded name and its last word, computed once: lookups compare these, not the guess. */
  key: string;
  last: string;
  /** Offsets of the mentions, ascending. */
  mentions: number[];
  /** "f" or "m" when the first name or a pronoun for them shows it; null when unknown. */
  gender: Gender;
}

export class Discourse {
  /** Entities mentioned within the last RECALL characters: the ones "he" may mean. */
  private readonly active = new Set<Entity>();
  /** Entities by folded name, and persons by folded last word: lookups stay O(1). */
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();

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
      case "pronoun": {
        // "she" skips a man named since, "he" a woman: by first name or an earlier pronoun.
        const wanted: Gender = ref.word === "she" ? "f" : ref.word === "he" ? "m" : null;
        const fits = (e: Entity) =>
          e.guess.kind !== "ORGANIZATION" && (!wanted || !e.gender || e.gender === wanted);
        // When no speaker fits, a person of that gender named in passing ("Eva Holt and her
        // deputy, Tom Ruiz, met …") is meant; failing that, the gender guess was wrong or the
        // speaker went unseen: the nearest.
        const found =
          this.nearest(at, fits, true) ??
          (wanted && this.passing(at, wanted)) ??
          this.nearest(at, (e) => e.guess.kind !== "ORGANIZATION", true);
        if (found && wanted) this.learnGender(found, wanted);
        return found;
      }
      case "organisation":
        return this.organisation(ref, at) ?? (ref.fallback && this.register(ref.fallback, at));
      case "definite": {
        const head = ref.head.replace(/s$/, "");
        const found = this.nearest(
          at,
          (e) => e.key.includes(head) || key(e.guess.role ?? "").includes(head),
        );
        if (found || !/^(?:the\s|\p{Lu}[\p{L}.-]*['’]s\s)/iu.test(ref.phrase)) return found;
        // "the WHO chief" after "WHO Director-General Tedros …": the person whose role or
        // affiliation names the same body.
        const body = /^the\s+((?:\p{Lu}[\p{L}.&-]*\s+)+)/u.exec(ref.phrase)?.[1]?.trim();
        const named = body && new RegExp(`(?:^|\\s)${key(body)}(?:\\s|$)`, "u");
        const byBody =
          named &&
          this.nearest(
            at,
            (e) =>
              e.guess.kind === "PERSON" &&
              named.test(key(`${e.guess.role ?? ""} ${e.guess.affiliation ?? ""}`)),
          );
        if (byBody) return byBody;
        // "the bloc's digital chief" before anyone was named: an unnamed speaker of its own.
        const name = ref.phrase.replace(/^the\s+/i, "");
        return this.register(
          { name, kind: "ANONYMOUS", anonymous: true, affiliation: null, role: null },
          at,
        );
      }
      case "surname":
        return this.resolveSurname(ref.name, ref.role, at);
    }
  }

  /** The speaker last mentioned before `at` (the "he said" of a follow-up paragraph). */
  lastSpeakerBefore(at: number): SpeakerGuess | null {
    return this.nearest(at, () => true);
  }

  /** A person of gender `wanted` named in passing on the last page, registered at `at`. */
  private passing(at: number, wanted: Gender): SpeakerGuess | null {
    const found = namedInPassing(this.text, Math.max(0, at - INTRODUCED_LOOKBACK), at, wanted);
    return found && this.register(found, at);
  }

  /**
   * The person met before whose name opens with `word`: a surname written first ("Kim
   * Jae-won" … "Kim said") or a first name ("Daniel is the best", said of Daniel Okafor).
   */
  private byFirstWord(word: string): Entity | undefined {
    for (const e of this.byKey.values())
      if (e.guess.kind === "PERSON" && e.key.startsWith(`${word} `)) return e;
    return undefined;
  }

  /** Remembers the gender a pronoun showed for a person whose first name did not. */
  private learnGender(guess: SpeakerGuess, gender: Gender): void {
    const e = this.byKey.get(key(guess.name));
    if (e && !e.gender) e.gender = gender;
  }

  /**
   * The person last brought in as a sentence's subject in `text[from, at)` ("Mayor Jane Cole
   * was defiant."), registered as speaking at `at`; null when there is none.
   */
  subjectIntroducedIn(from: number, at: number): SpeakerGuess | null {
    const found = this.introducedIn(from, at, () => true);
    return found ? this.register(found.guess, at) : null;
  }

  /** The entity this guess names again: same name, or a person's shorter or initialled name. */
  private find(guess: SpeakerGuess): Entity | undefined {
    const k = key(guess.name);
    const exact = this.byKey.get(k);
    if (exact || guess.kind === "ANONYMOUS") return exact;
    const persons = this.bySurname.get(lastToken(guess.name)) ?? [];
    // "Van Dam said", which the lexicon reads as a place: the end of a person's name met
    // before is that person, not a new organisation.
    if (guess.kind === "ORGANIZATION")
      return ORG_WORDS.test(guess.name) ? undefined : persons.find((e) => e.key.endsWith(` ${k}`));
    return persons.find(
      (e) =>
        e.key.endsWith(` ${k}`) || (e.guess.kind === "PERSON" && e.key.startsWith(k.slice(0, 1))),
    );
  }

  private register(guess: SpeakerGuess, at: number): SpeakerGuess {
    const same = this.find(guess);
    if (same) {
      addMention(same, at);
      this.active.add(same);
      if (!same.guess.role && guess.role) same.guess = { ...same.guess, role: guess.role };
      if (!same.guess.affiliation && guess.affiliation)
        same.guess = { ...same.guess, affiliation: guess.affiliation };
      return { ...same.guess };
    }
    const entity: Entity = {
      guess: { ...guess },
      key: key(guess.name),
      last: lastToken(guess.name),
      mentions: [at],
      gender: genderOf(guess),
    };
    this.active.add(entity);
    if (!this.byKey.has(entity.key)) this.byKey.set(entity.key, entity);
    if (guess.kind === "PERSON") {
      const list = this.bySurname.get(entity.last) ?? [];
      list.push(entity);
      this.bySurname.set(entity.last, list);
    }
    return { ...guess };
  }

  private resolveSurname(name: string, role: string | null, at: number): SpeakerGuess {
    const known = this.bySurname.get(key(name))?.[0] ?? this.byFirstWord(key(name));
    if (known) return this.register({ ...known.guess, role: known.guess.role ?? role }, at);
    // A full name ending in this surname earlier in the text, with the role before it. Look
    // back a few pages only: a surname shortens a name met nearby, and a whole-text search
    // per mention would make long pastes quadratic.
    const full = fullNameWithRole(this.text, name, Math.max(0, at - LOOKBACK), at);
    if (full) return this.register({ ...full, role: full.role ?? role }, at);
    // A single name never met in full and without a title ("Lumora said") is, in news
    // prose, an organisation: people are introduced by their full name first.
    const kind = role ? "PERSON" : "ORGANIZATION";
    return this.register({ name, kind, anonymous: false, affiliation: null, role }, at);
  }

  /**
   * The accepted entity mentioned last before `at`, within RECALL characters; a person's
   * surname written in the text counts as a mention of them. Entities not mentioned within
   * RECALL leave the active set, and the surname scan reads only the stretch after the
   * nearest mention found, so each call costs at most RECALL characters, whatever the length.
   */
  private nearest(
    at: number,
    accept: (e: Entity) => boolean,
    introduced = false,
  ): SpeakerGuess | null {
    const floor = at - RECALL;
    let best: { e: Entity; pos: number } | null = null;
    for (const e of this.active) {
      const newest = e.mentions[e.mentions.length - 1] ?? -1;
      if (newest < floor) {
        this.active.delete(e);
        continue;
      }
      const pos = lastBelow(e.mentions, at);
      if (pos >= floor && pos >= 0 && accept(e) && (!best || pos > best.pos)) best = { e, pos };
    }
    const from = Math.max(0, floor, (best?.pos ?? -1) + 1);
    const named =
      this.bySurname.size > 0
        ? lastWordIn(this.text, from, at, (w) => this.bySurname.get(key(w))?.find(accept))
        : null;
    if (named) best = named;
    // "Her coach, Anders Lind, was equally firm. He said …": a person brought in as a subject
    // after the last speaker is who "he" means, even "His son, Tom Hale," after Dennis Hale.
    const fresh =
      introduced || !best
        ? this.introducedIn(Math.max(from, at - INTRODUCED_LOOKBACK), at, accept)
        : null;
    const kin = fresh && best && sharesSurname(key(fresh.guess.name), best.e, best.pos - fresh.pos);
    if (fresh && (!best || fresh.pos > best.pos || kin)) return this.register(fresh.guess, at);
    if (!best) return null;
    addMention(best.e, at);
    this.active.add(best.e);
    return { ...best.e.guess };
  }

  /** The last person brought in as a sentence's subject in `text[from, at)`, if accepted. */
  private introducedIn(
    from: number,
    at: number,
    accept: (e: Entity) => boolean,
  ): { guess: SpeakerGuess; pos: number } | null {
    const last = introducedIn(this.text, from, at, (surname, pos) => {
      const known = this.bySurname.get(key(surname))?.[0];
      // A sentence opened by a surname alone shortens a name met within the last page or so.
      return known
        ? known.guess
        : fullNameBefore(this.text, surname, Math.max(0, pos - INTRODUCED_LOOKBACK), pos);
    });
    if (!last) return null;
    const entity = {
      guess: last.guess,
      key: key(last.guess.name),
      last: "",
      mentions: [],
      gender: this.byKey.get(key(last.guess.name))?.gender ?? genderOf(last.guess),
    };
    return accept(entity) ? last : null;
  }

  /**
   * The organisation "it" or "the company" means (see org-reference.ts): the nearest fitting
   * one within RECALL characters before `at`, registered as speaking there.
   */
  private organisation(
    { head, fallback }: { head: string | null; fallback: SpeakerGuess | null },
    at: number,
  ): SpeakerGuess | null {
    const speaking: Mentioned[] = [];
    for (const e of this.active) {
      const pos = lastBelow(e.mentions, at);
      if (pos < at - RECALL || e.guess.kind === "ANONYMOUS") continue;
      if (e.guess.kind === "ORGANIZATION") speaking.push({ guess: e.guess, pos });
      // "Orchard Devices said": no first name, title or pronoun; only a trade ("the maker") takes it.
      else if (
        !e.gender &&
        !e.guess.role &&
        !e.guess.affiliation &&
        !isFirstName(e.guess.name.split(" ")[0] ?? "")
      )
        speaking.push({ guess: e.guess, pos, unsure: true });
    }
    const isSurname = (name: string) => this.bySurname.has(key(name));
    const bare = fallback?.name.toLowerCase() === head;
    const best = organisationReferent(this.text, at, head, speaking, isSurname, bare);
    if (!best || otherField(fallback?.name ?? "", best.guess.name)) return null;
    // The trade showed what it is: an organisation from now on.
    const e = best.unsure ? this.byKey.get(key(best.guess.name)) : undefined;
    if (e) e.guess = { ...e.guess, kind: "ORGANIZATION" };
    return this.register(e?.guess ?? best.guess, at);
  }
}
