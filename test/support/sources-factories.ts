// Factories for the sources and citations data tests. Each call creates real rows through
// the same guarded mutations the app uses, with unique values so tests never collide.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createClaim } from "@/lib/claims/create-claim";
import type { TSourceInput } from "@/lib/sources/schemas";
import { tag as unique } from "@/test/support/factories";

export const ARTICLE_TEXT = [
  "KYIV — The agreement includes “strong guarantees, similar to Article 5 of the NATO",
  "treaty,” a senior US official said on Monday.",
  "",
  "Ukraine’s chief negotiator said: “We hope to reach an agreement that brings us closer",
  "to peace by the end of this day.”",
].join("\n");

/** A valid createSource input with a fresh address; override any field. */
export function sourceInput(overrides: Partial<TSourceInput> = {}): TSourceInput {
  return {
    url: `https://news.example.test/2025/12/15/${unique()}`,
    title: "Security guarantees similar to NATO",
    outlet: "Example News",
    author: "A. Reporter",
    publishedAt: "2025-12-15",
    kind: "NEWS_ARTICLE",
    language: "en",
    reliability: "B",
    capturedText: ARTICLE_TEXT,
    ...overrides,
  };
}

/** A draft claim made by `analyst` through the real mutation. */
export async function makeClaim(analyst: SessionUser, statement = `Claim ${unique()}`) {
  const actor = await db.actor.create({ data: { name: `Actor ${unique()}`, kind: "PERSON" } });
  const { id } = await createClaim.execute(analyst, {
    statement,
    isVerbatim: false,
    claimantId: actor.id,
    madeAt: "2025-12-15",
    kind: "STATEMENT",
  });
  return id;
}
