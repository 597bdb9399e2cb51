// Who may read which claims, on the demo data: the public reading shows only approved
// content; the internal reading needs a signed-in member.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countPublishedByOutcome, getClaim } from "@/lib/claims/queries";
import { searchClaims } from "@/lib/claims/search-claims";
import { ZClaimFilters } from "@/lib/claims/filters";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { listOutcomeTimeline } from "@/lib/outcomes/queries";
import { listClaimsInReview, listMyDrafts } from "@/lib/dashboard/dashboard-claims";
import type { SessionUser } from "@/lib/auth/session-user";
import { seedDemoContent, seedDemoUsers } from "@/prisma/seed/seed";
import { expectAppError } from "@/test/support/factories";

const noFilters = ZClaimFilters.parse({});
let viewer: SessionUser;
let analyst: SessionUser;
const ids: Record<"article5" | "endOfDay" | "draft" | "inReview", string> = {
  article5: "",
  endOfDay: "",
  draft: "",
  inReview: "",
};

async function sessionUser(email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

async function claimId(statementStart: string): Promise<string> {
  const claim = await db.claim.findFirstOrThrow({
    where: { statement: { startsWith: statementStart } },
  });
  return claim.id;
}

beforeAll(async () => {
  await seedDemoUsers(db);
  await seedDemoContent(db);
  viewer = await sessionUser("viewer@example.org");
  analyst = await sessionUser("analyst@example.org");
  ids.article5 = await claimId("The agreement includes truly strong guarantees");
  ids.endOfDay = await claimId("We hope to reach an agreement");
  ids.draft = await claimId("The US–Ukraine agreement under negotiation");
  ids.inReview = await claimId("The negotiations between Ukraine and the United States");
});

describe("public reading", () => {
  it("lists only published claims", async () => {
    const page = await searchClaims(null, noFilters);
    expect(page.total).toBe(2);
    expect(page.items.map((c) => c.id).sort()).toEqual([ids.article5, ids.endOfDay].sort());
    for (const item of page.items) {
      expect(item.editorialStatus).toBe("PUBLISHED");
      expect(item.version, "the public reading has no concurrency token").toBeUndefined();
    }
  });

  it("ignores a status filter asking for drafts", async () => {
    const page = await searchClaims(null, noFilters, { member: { status: "drafts" } });
    expect(page.items.map((c) => c.id).sort()).toEqual([ids.article5, ids.endOfDay].sort());
  });

  it("does not find a draft or a claim in review", async () => {
    await expectAppError(getClaim(null, ids.draft), "NOT_FOUND");
    await expectAppError(getClaim(null, ids.inReview), "NOT_FOUND");
    // A signed-in member asking for the public reading gets the same answer.
    await expectAppError(getClaim(viewer, ids.draft), "NOT_FOUND");
  });

  it("finds a published claim", async () => {
    const claim = await getClaim(null, ids.endOfDay);
    expect(claim).toMatchObject({
      statement:
        "We hope to reach an agreement that brings us closer to peace by the end of this day.",
      kind: "PREDICTION",
      resolveBy: "2025-12-15",
      outcomeStatus: "NOT_HELD",
      revision: 1,
    });
    expect(claim.claimant.name).toBe("Rustem Umerov");
  });

  it("shows the public the approved outcome, members the latest one", async () => {
    await db.claim.update({ where: { id: ids.article5 }, data: { outcomeStatus: "HELD" } });
    try {
      expect((await getClaim(null, ids.article5)).outcomeStatus).toBe("IN_PROGRESS");
      expect((await getClaim(viewer, ids.article5, "internal")).outcomeStatus).toBe("HELD");
    } finally {
      await db.claim.update({
        where: { id: ids.article5 },
        data: { outcomeStatus: "IN_PROGRESS" },
      });
    }
  });

  it("refuses the internal reading to an anonymous caller", async () => {
    await expectAppError(getClaim(null, ids.article5, "internal"), "UNAUTHORIZED");
    await expectAppError(getClaim(null, ids.draft, "internal"), "UNAUTHORIZED");
    await expectAppError(searchClaims(null, noFilters, { scope: "internal" }), "UNAUTHORIZED");
  });

  it("answers NOT_FOUND, not a crash, for ids that are not UUIDs", async () => {
    for (const id of ["42", "not-a-uuid", "' OR 1=1 --", "", `${ids.article5}x`]) {
      await expectAppError(getClaim(null, id), "NOT_FOUND");
      await expectAppError(getClaim(viewer, id, "internal"), "NOT_FOUND");
    }
  });

  it("shows a retracted claim, marked as retracted", async () => {
    const claim = await db.claim.create({
      data: {
        statement: "A claim that was later retracted.",
        isVerbatim: false,
        claimantId: (await db.actor.findFirstOrThrow()).id,
        madeAt: new Date("2025-12-01T00:00:00Z"),
        kind: "STATEMENT",
        createdById: analyst.id,
        editorialStatus: "RETRACTED",
        retractedAt: new Date("2025-12-20T00:00:00Z"),
        correctionNote: "The quote was misattributed.",
        firstPublishedAt: new Date("2025-12-02T00:00:00Z"),
      },
    });
    const revision = await db.claimRevision.create({
      data: {
        claimId: claim.id,
        number: 1,
        statement: claim.statement,
        isVerbatim: false,
        claimantId: claim.claimantId,
        madeAt: claim.madeAt,
        kind: "STATEMENT",
        authorId: analyst.id,
      },
    });
    await db.claim.update({ where: { id: claim.id }, data: { publishedRevisionId: revision.id } });
    try {
      const view = await getClaim(null, claim.id);
      expect(view).toMatchObject({
        editorialStatus: "RETRACTED",
        correctionNote: "The quote was misattributed.",
      });
    } finally {
      await db.claim.delete({ where: { id: claim.id } });
    }
  });
});

describe("internal reading", () => {
  it("shows a VIEWER every claim, drafts and reviews included", async () => {
    const page = await searchClaims(viewer, noFilters, { scope: "internal" });
    expect(page.total).toBe(4);
    expect(page.items.map((c) => c.id).sort()).toEqual(Object.values(ids).sort());
    const draft = await getClaim(viewer, ids.draft, "internal");
    expect(draft).toMatchObject({ editorialStatus: "DRAFT", version: 1 });
  });

  it("filters by editorial status", async () => {
    const page = await searchClaims(viewer, noFilters, {
      scope: "internal",
      member: { status: "review" },
    });
    expect(page.items.map((c) => c.id)).toEqual([ids.inReview]);
  });

  it("lists an analyst's own drafts and everything in review on the dashboard", async () => {
    expect((await listMyDrafts(analyst)).items.map((c) => c.id)).toEqual([ids.draft]);
    expect((await listClaimsInReview(analyst)).items.map((c) => c.id)).toEqual([ids.inReview]);
    expect((await listMyDrafts(viewer)).items).toEqual([]);
    expect((await listClaimsInReview(viewer)).items.map((c) => c.id)).toEqual([ids.inReview]);
  });
});

describe("claim details", () => {
  it("shows the public only approved citations and outcome updates", async () => {
    const source = await db.source.findFirstOrThrow();
    const pendingCitation = await db.citation.create({
      data: {
        claimId: ids.article5,
        sourceId: source.id,
        exact: "similar to Article 5 of the NATO treaty",
        foundInCapture: true,
        credibility: "DOUBTFUL",
        createdById: analyst.id,
        publishedAt: null,
      },
    });
    const pendingUpdate = await db.outcomeUpdate.create({
      data: {
        claimId: ids.article5,
        status: "STALLED",
        occurredAt: new Date("2026-01-10T00:00:00Z"),
        note: "Awaiting review: talks paused.",
        createdById: analyst.id,
        publishedAt: null,
      },
    });

    // What the claim page reads in each reading (components/citations, components/outcomes).
    const publicCitations = await listCitationsForClaim(ids.article5, "public");
    const publicTimeline = await listOutcomeTimeline(ids.article5, "public");
    expect(publicCitations).toHaveLength(1);
    expect(publicCitations.map((c) => c.id)).not.toContain(pendingCitation.id);
    expect(publicCitations.every((c) => !c.pendingReview)).toBe(true);
    expect(publicTimeline.map((u) => [u.status, u.occurredAt])).toEqual([
      ["IN_PROGRESS", "2025-12-16"],
    ]);
    expect(publicTimeline.map((u) => u.id)).not.toContain(pendingUpdate.id);

    const internal = {
      citations: await listCitationsForClaim(ids.article5, "internal"),
      timeline: await listOutcomeTimeline(ids.article5, "internal"),
    };
    expect(internal.citations.map((c) => [c.id, c.pendingReview])).toContainEqual([
      pendingCitation.id,
      true,
    ]);
    expect(internal.timeline.map((u) => [u.id, u.pendingReview])).toContainEqual([
      pendingUpdate.id,
      true,
    ]);
    expect(internal.citations).toHaveLength(2);
    expect(internal.timeline).toHaveLength(2);

    await db.citation.delete({ where: { id: pendingCitation.id } });
    await db.outcomeUpdate.delete({ where: { id: pendingUpdate.id } });
  });
});

describe("countPublishedByOutcome", () => {
  it("counts only published claims, by their public outcome", async () => {
    // A draft whose outcome the public must not learn about yet.
    await db.claim.update({
      where: { id: ids.draft },
      data: { outcomeStatus: "HELD", publicOutcomeStatus: "HELD" },
    });
    try {
      const counts = await countPublishedByOutcome();
      expect(counts.sort((a, b) => a.outcome.localeCompare(b.outcome))).toEqual([
        { outcome: "IN_PROGRESS", count: 1 },
        { outcome: "NOT_HELD", count: 1 },
      ]);
    } finally {
      await db.claim.update({
        where: { id: ids.draft },
        data: { outcomeStatus: "PENDING", publicOutcomeStatus: "PENDING" },
      });
    }
  });
});
