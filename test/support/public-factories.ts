// Factories for the public-site data tests: claims go through the real use cases (create,
// cite, record an outcome, submit, approve), so what is "published" is what the workflow
// publishes, not a hand-set flag.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TClaimInput } from "@/lib/claims/schemas";
import type { OutcomeStatus } from "@/lib/generated/prisma/enums";
import { createActor } from "@/lib/actors/create-actor";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { createCitation } from "@/lib/citations/create-citation";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { submitForReview } from "@/lib/review/submit-for-review";
import { makeUser, publishThroughReview, tag } from "@/test/support/factories";

export interface Team {
  analyst: SessionUser;
  editor: SessionUser;
}

export async function makeTeam(): Promise<Team> {
  return { analyst: await makeUser("ANALYST"), editor: await makeUser("EDITOR") };
}

/** An actor created the way the app creates one, so its name is registered as a spelling. */
export async function makeActorNamed(
  team: Team,
  name: string,
  kind: "PERSON" | "ORGANIZATION" = "PERSON",
) {
  const { id } = await createActor.execute(team.analyst, { name, kind });
  return db.actor.findUniqueOrThrow({ where: { id } });
}

export async function makeTopicNamed(name: string) {
  return db.topic.create({
    data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${tag()}` },
  });
}

export async function makeSourceWith(team: Team, text: string, publishedAt?: Date) {
  return db.source.create({
    data: {
      url: `https://news.example.test/${tag()}`,
      title: "A test report",
      kind: "NEWS_ARTICLE",
      capturedText: text,
      publishedAt: publishedAt ?? null,
      createdById: team.analyst.id,
    },
  });
}

/** A draft by the team's analyst; returns its id. */
export async function draftClaim(
  team: Team,
  claimantId: string,
  overrides: Partial<TClaimInput> = {},
): Promise<string> {
  const { id } = await createClaim.execute(team.analyst, {
    statement: `A claim ${tag()}`,
    isVerbatim: false,
    claimantId,
    madeAt: "2025-12-15",
    kind: "STATEMENT",
    topicIds: [],
    ...overrides,
  });
  return id;
}

/** Sends the claim (or its pending changes) to review and has the editor approve it. */
export async function publish(team: Team, claimId: string): Promise<void> {
  await publishThroughReview(claimId, team.analyst, team.editor);
}

export async function submit(team: Team, claimId: string): Promise<string> {
  return (await submitForReview.execute(team.analyst, { claimId })).reviewId;
}

export async function cite(team: Team, claimId: string, sourceId: string, quote: string) {
  return createCitation.execute(team.analyst, { claimId, sourceId, quote, credibility: "2" });
}

export async function recordOutcomeOf(
  team: Team,
  claimId: string,
  status: OutcomeStatus,
  note: string,
  occurredAt = "2026-01-10",
) {
  return recordOutcome.execute(team.analyst, { claimId, status, note, occurredAt, sourceIds: [] });
}

/** Saves a new statement as an unpublished revision of the claim. */
export async function reviseStatement(team: Team, claimId: string, statement: string) {
  const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  await updateClaim.execute(team.analyst, { id: claimId, version, statement });
}
