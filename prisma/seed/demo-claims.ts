import type { ClaimKind, EditorialStatus, OutcomeStatus } from "@/lib/generated/prisma/enums";

// Demo data from the article that started Claimwatch (seed-article.txt, beside this file).

export const ARTICLE = {
  url: "https://news.example.org/2025/12/15/security-guarantees-for-ukraine-similar-to-nato",
  title: "Security guarantees for Ukraine similar to NATO: Details of the US agreement",
  outlet: "Example News (demo)",
  publishedAt: new Date("2025-12-15T12:00:00Z"),
  language: "en",
  reliability: "C",
} as const;

export const ACTORS = {
  official: {
    name: "Senior US official (anonymous)",
    kind: "ANONYMOUS",
    affiliation: "US government",
    aliases: ["senior US official", "anonymous senior US official"],
  },
  umerov: {
    name: "Rustem Umerov",
    kind: "PERSON",
    affiliation: "Government of Ukraine",
    aliases: ["Rustam Umarov", "Umarov", "Umerov"],
  },
} as const;

export const TOPICS = [
  { name: "Security guarantees for Ukraine", slug: "security-guarantees-for-ukraine" },
  { name: "Russia–Ukraine peace talks", slug: "russia-ukraine-peace-talks" },
] as const;

export interface DemoClaim {
  key: string;
  actor: keyof typeof ACTORS;
  claimantRole: string;
  statement: string;
  isVerbatim: boolean;
  /** The words in the article the citation anchors to. */
  quote: string;
  kind: ClaimKind;
  madeAt: string;
  resolveBy?: string;
  resolutionCriteria: string;
  topics: (typeof TOPICS)[number]["slug"][];
  status: EditorialStatus;
  credibility: "POSSIBLY_TRUE" | "PROBABLY_TRUE" | "CANNOT_BE_JUDGED";
  outcome?: { status: OutcomeStatus; occurredAt: string; note: string };
  forecasts?: { by: "analyst@example.org" | "editor@example.org"; probability: number }[];
}

export const CLAIMS: DemoClaim[] = [
  {
    key: "article-5",
    actor: "official",
    claimantRole: "Senior US official, speaking anonymously",
    statement:
      "The agreement includes truly strong guarantees, similar to Article 5 of the NATO treaty, as well as a very strong deterrent through the provision of advanced weaponry to Ukraine.",
    isVerbatim: true,
    quote:
      "The agreement includes truly strong guarantees, similar to Article 5 of the NATO treaty, as well as a very strong deterrent through the provision of advanced weaponry to Ukraine.",
    kind: "STATEMENT",
    madeAt: "2025-12-15",
    resolutionCriteria:
      "Holds if the signed US–Ukraine agreement commits the US to respond to an attack on Ukraine in terms comparable to NATO's Article 5 and provides advanced weaponry.",
    topics: ["security-guarantees-for-ukraine"],
    status: "PUBLISHED",
    credibility: "POSSIBLY_TRUE",
    outcome: {
      status: "IN_PROGRESS",
      occurredAt: "2025-12-16",
      note: "Talks continued after the Berlin meeting; no signed text had been published.",
    },
    forecasts: [
      { by: "analyst@example.org", probability: 35 },
      { by: "editor@example.org", probability: 25 },
    ],
  },
  {
    key: "strong-guarantees",
    actor: "official",
    claimantRole: "Senior US official, speaking anonymously",
    statement:
      "The US–Ukraine agreement under negotiation includes strong security guarantees for Kyiv, essentially equivalent to NATO's collective-defence guarantee.",
    isVerbatim: false,
    quote: "strong security guarantees",
    kind: "STATEMENT",
    madeAt: "2025-12-15",
    resolutionCriteria:
      "Holds if the agreement's published text contains security guarantees for Ukraine of a collective-defence kind.",
    topics: ["security-guarantees-for-ukraine"],
    status: "DRAFT",
    credibility: "POSSIBLY_TRUE",
  },
  {
    key: "constructive-talks",
    actor: "umerov",
    claimantRole: "Ukraine's chief negotiator and defense minister",
    statement:
      "The negotiations between Ukraine and the United States were constructive and fruitful, with real progress being made.",
    isVerbatim: true,
    quote:
      "The negotiations between Ukraine and the United States were constructive and fruitful, with real progress being made.",
    kind: "ASSESSMENT",
    madeAt: "2025-12-15",
    resolutionCriteria:
      "Holds if later reporting from both delegations confirms agreed text or narrowed differences from the Berlin talks.",
    topics: ["russia-ukraine-peace-talks"],
    status: "IN_REVIEW",
    credibility: "PROBABLY_TRUE",
  },
  {
    key: "by-end-of-day",
    actor: "umerov",
    claimantRole: "Ukraine's chief negotiator and defense minister",
    statement:
      "We hope to reach an agreement that brings us closer to peace by the end of this day.",
    isVerbatim: true,
    quote: "We hope to reach an agreement that brings us closer to peace by the end of this day.",
    kind: "PREDICTION",
    madeAt: "2025-12-15",
    resolveBy: "2025-12-15",
    resolutionCriteria:
      "Holds if Ukraine and the United States announce an agreement on 15 December 2025.",
    topics: ["russia-ukraine-peace-talks"],
    status: "PUBLISHED",
    credibility: "PROBABLY_TRUE",
    outcome: {
      status: "NOT_HELD",
      occurredAt: "2025-12-16",
      note: "No agreement was announced by the end of 15 December 2025; the talks went on.",
    },
    forecasts: [
      { by: "analyst@example.org", probability: 30 },
      { by: "editor@example.org", probability: 15 },
    ],
  },
];
