import {
  isOrgNoun,
  organisationGuess,
  organisationReferenceHead,
  ORG_WORDS,
} from "@/lib/intake/organisations";
import {
  ANONYMOUS,
  anonymousGuess,
  byWhom,
  clean,
  DEFINITE,
  GROUP,
  isPersonNoun,
} from "@/lib/intake/speaker-words";
import { CAP, cleanRole, namedRef, type SpeakerRef } from "@/lib/intake/named-ref";

// Turning the noun phrase next to a speech verb into a speaker. Rules, not a model:
//   "Ukraine's chief negotiator and defense minister Rustam Umarov" → person + role
//   "German Foreign Minister Annalena Baerbock"  → title words become the role
//   "a senior US official"                       → anonymous descriptor, affiliation US government
//   "he", "the official", "Umarov"               → a reference resolved by the discourse model

/** An honour or office after a name ("Sophie Lindqvist KC", "Tom Ash MP") is not part of it. */
const POST_NOMINAL =
  /(?<=\p{Lu}[\p{Ll}'’-]+)\s+(?:KC|QC|MP|MSP|MEP|MBE|OBE|CBE|KBE|DBE|FRS)(?=,|$)/gu;

/** Reads a speaker phrase; null when it names nobody (a bare noun, a place, a number). */
export function parseSpeakerPhrase(raw: string): SpeakerRef | null {
  const phrase = clean(byWhom(clean(raw)).replace(POST_NOMINAL, ""));
  if (!phrase || phrase.length > 160) return null;
  const lower = phrase.toLowerCase();
  if (lower === "he" || lower === "she" || lower === "they")
    return { type: "pronoun", word: lower };
  if (lower === "it") return { type: "organisation", head: null, fallback: null };
  // "The 58-year-old said": the person last met, whoever it is.
  if (/^the\s+\d{1,3}-year-old$/.test(lower)) return { type: "pronoun", word: "they" };
  // "Tanaka's spokesman": the spokesman met before, else a descriptor of its own.
  const owned =
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u.exec(
      phrase,
    );
  if (owned && isPersonNoun(owned[1] ?? ""))
    return { type: "definite", head: (owned[1] ?? "").toLowerCase(), phrase };
  if (/^(i|we|you)$/i.test(phrase)) return null;
  // "the opposition Green Union", "the ruling Unity Party": lower-case words before an
  // organisation's name say what it is; the name is what the organisation is called.
  const described =
    /^(?:[Tt]he\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,2})(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)$/u.exec(
      phrase,
    );
  if (described && ORG_WORDS.test(described[2] ?? ""))
    return { type: "guess", guess: organisationGuess(described[2] ?? "") };
  const head = organisationReferenceHead(phrase);
  if (head) {
    const fallback = organisationGuess(clean(phrase.replace(/^the\s+/i, "")));
    return { type: "organisation", head, fallback };
  }

  // "one of the officials" refers back to the officials already met.
  const oneOf = /^(?:one|some|two|three|several|many|most|none) of (?:the|those|these) (.+)$/i.exec(
    phrase,
  );
  if (oneOf)
    return {
      type: "definite",
      head: (oneOf[1] ?? "").split(" ").pop()?.toLowerCase() ?? "",
      phrase,
    };
  const group = GROUP.exec(phrase);
  if (group && !/^(?:the)\s/i.test(phrase)) {
    return { type: "guess", guess: anonymousGuess(phrase, group) };
  }
  const appositive = splitApposition(phrase);
  if (appositive) return appositive;
  const member = personOf(phrase);
  if (member) return member;

  const anonymous = ANONYMOUS.exec(phrase);
  // "a senior official Tom Hale" is a name; "a senior official at the European Commission" is not.
  if (anonymous && (anonymous[3] || !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(phrase))) {
    return { type: "guess", guess: anonymousGuess(phrase, anonymous) };
  }
  // "the official" refers back; "the Ministry of Justice" names an organisation.
  const definite = /\b(?:of|for|&)\s+\p{Lu}/u.test(phrase) ? null : DEFINITE.exec(phrase);
  if (definite) return { type: "definite", head: (definite[1] ?? "").toLowerCase(), phrase };
  // "the senator from Ohio", "the director of the museum": a title with what it is of.
  const titleOf = DEFINITE.exec(phrase.replace(/\s+(?:from|of|for|at|in)\s+\S.*$/, ""));
  if (titleOf && /^the\s/i.test(phrase))
    return { type: "definite", head: (titleOf[1] ?? "").toLowerCase(), phrase };
  // "the Republican", "the Frenchman": a capitalised noun after "the" refers back.
  const noun = /^the\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase);
  if (noun) return { type: "definite", head: (noun[1] ?? "").toLowerCase(), phrase };
  return namedRef(phrase) ?? unnamedBody(phrase);
}

/**
 * "Prof Sarah Hill of the University of Bristol", "Tom Ash from the Green Party": a person's
 * name, with the organisation after "of", "at" or "from" as affiliation.
 */
function personOf(phrase: string): SpeakerRef | null {
  const m = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(phrase);
  if (!m) return null;
  const ref = namedRef(m[1] ?? "");
  if (ref?.type !== "guess" || ref.guess.kind !== "PERSON") return null;
  return { type: "guess", guess: { ...ref.guess, affiliation: clean(m[2] ?? "") } };
}

/** Nouns for texts and pro-forms: "the report said" quotes a document, not a speaker. */
const NOT_A_SPEAKER =
  /^(?:reports?|statements?|study|studies|survey|letter|document|filing|paper|book|article|website|post|data|figures|poll|ruling|law|bill|plan|deal|agreement|text|memo|message|e-?mail|video|release|announcement|notice|decision|order|judgment|verdict|former|latter|others?|same|rest|both|first|second|last|next|two|three|four|one)$/;

/**
 * "The coastguard", "the two largest parties": a definite noun phrase that is no person and
 * no known organisation word is still a body that speaks, named as the text names it.
 */
function unnamedBody(phrase: string): SpeakerRef | null {
  const m = /^the\s+(?:[\p{L}'’-]+\s+){0,3}(\p{Ll}+)$/iu.exec(phrase);
  if (!m || NOT_A_SPEAKER.test(m[1] ?? "") || /\p{Lu}/u.test(phrase.slice(4))) return null;
  return { type: "guess", guess: organisationGuess(phrase.replace(/^the\s+/i, "")) };
}

/** "Andrii Sybiha, Ukraine's foreign minister" or "Ukraine's foreign minister, Andrii Sybiha". */
function splitApposition(phrase: string): SpeakerRef | null {
  const parts = phrase.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const [first = "", second = ""] = parts;
  if (/^\d+$/.test(second)) return parseSpeakerPhrase(first);
  const descriptor = (p: string) =>
    /^(?:\p{Ll}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\b|\p{Lu}[\p{L}.]*['’]s\s)/u.test(
      p,
    ) && !/^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.test(p);
  // "the city's culture chief, Lena Park": a person's title makes the name a person's, even
  // when the lexicon knows it as a place ("… Park") or an organisation.
  const personal = (desc: string, name: string): SpeakerRef | null => {
    const isPerson = isPersonNoun(/(\p{L}+)\s*$/u.exec(desc)?.[1] ?? "");
    const words = name.split(" ");
    return isPerson &&
      words.length >= 2 &&
      words.length <= 4 &&
      !ORG_WORDS.test(name) &&
      words.every((w) => CAP.test(w))
      ? {
          type: "guess",
          guess: {
            name,
            kind: "PERSON",
            anonymous: false,
            affiliation: null,
            role: cleanRole(desc),
          },
        }
      : null;
  };
  // "His team, Velocità Sport": a name after an organisation's noun is that organisation's.
  const capitalised = (p: string) => /^(?:\p{Lu}[\p{L}'’.&-]*\s*)+$/u.test(p);
  // The head noun comes before any phrase after it: "director of the health authority".
  const headOf = (p: string) =>
    /(\p{L}+)\s*$/u.exec(p.replace(/\s+(?:of|at|for|from|in|with|on)\s.*$/, ""))?.[1] ?? "";
  // The noun is kept as its role, so that "the team" finds it again.
  if (descriptor(first) && capitalised(second) && isOrgNoun(headOf(first)))
    return { type: "guess", guess: { ...organisationGuess(second), role: cleanRole(first) } };
  if (descriptor(second) && capitalised(first) && isOrgNoun(headOf(second)))
    return { type: "guess", guess: { ...organisationGuess(first), role: cleanRole(second) } };
  // "Prof Ines Ruiz of the University of Leiden, the mission's principal investigator".
  const firstRef = personOf(first) ?? namedRef(first);
  if (firstRef?.type === "guess" && firstRef.guess.kind === "PERSON" && descriptor(second)) {
    return { type: "guess", guess: { ...firstRef.guess, role: cleanRole(second) } };
  }
  if (firstRef?.type === "surname" && descriptor(second)) {
    return { ...firstRef, role: cleanRole(second) };
  }
  const secondRef = namedRef(second);
  if (secondRef?.type === "guess" && secondRef.guess.kind === "PERSON" && descriptor(first)) {
    return { type: "guess", guess: { ...secondRef.guess, role: cleanRole(first) } };
  }
  // "The port's operator, Meriden Harbour Ltd" and "Meriden Harbour Ltd, the port's operator".
  if (secondRef?.type === "guess" && secondRef.guess.kind === "ORGANIZATION" && descriptor(first))
    return personal(first, second) ?? secondRef;
  if (firstRef?.type === "guess" && firstRef.guess.kind === "ORGANIZATION" && descriptor(second))
    return personal(second, first) ?? firstRef;
  return null;
}
