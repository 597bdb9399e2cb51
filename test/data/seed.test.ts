// The demo seed: idempotent, and faithful to the article that started Claimwatch.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoContent, seedDemoUsers } from "@/prisma/seed/seed";

const ARTICLE = readFileSync(
  join(import.meta.dirname, "..", "..", "prisma", "seed", "seed-article.txt"),
  "utf8",
);

async function counts() {
  const [
    users,
    sources,
    actors,
    aliases,
    topics,
    claims,
    revisions,
    citations,
    outcomes,
    forecasts,
    reviews,
    audits,
  ] = await Promise.all([
    db.user.count(),
    db.source.count(),
    db.actor.count(),
    db.actorAlias.count(),
    db.topic.count(),
    db.claim.count(),
    db.claimRevision.count(),
    db.citation.count(),
    db.outcomeUpdate.count(),
    db.forecast.count(),
    db.review.count(),
    db.auditEvent.count(),
  ]);
  return {
    users,
    sources,
    actors,
    aliases,
    topics,
    claims,
    revisions,
    citations,
    outcomes,
    forecasts,
    reviews,
    audits,
  };
}

let firstCounts: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  await seedDemoUsers(db);
  expect(await seedDemoContent(db)).toBe("created");
  firstCounts = await counts();
});

describe("demo seed", () => {
  it("is idempotent: seeding again changes nothing", async () => {
    expect(firstCounts.users).toBe(4);
    expect(firstCounts.claims).toBeGreaterThanOrEqual(4);
    await seedDemoUsers(db);
    expect(await seedDemoContent(db)).toBe("present");
    expect(await counts()).toEqual(firstCounts);
  });

  it("creates one account per role, each with a password", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual(["ADMIN", "ANALYST", "EDITOR", "VIEWER"]);
    expect(users.every((u) => u.active && u.passwordHash?.startsWith("$argon2id$"))).toBe(true);
  });

  it("stores the article's captured text with its SHA-256", async () => {
    const sources = await db.source.findMany();
    expect(sources).toHaveLength(1);
    const source = sources[0];
    expect(source?.capturedText).toBe(ARTICLE);
    expect(source?.capturedSha256).toBe(createHash("sha256").update(ARTICLE, "utf8").digest("hex"));
    expect(source?.capturedAt).toBeInstanceOf(Date);
    expect(source?.kind).toBe("NEWS_ARTICLE");
  });

  it("has the anonymous senior US official and Rustem Umerov with his transliteration", async () => {
    const official = await db.actor.findFirstOrThrow({
      where: { kind: "ANONYMOUS" },
      include: { aliases: true },
    });
    expect(official.name).toMatch(/senior US official/i);
    expect(official.affiliation).toBe("US government");

    const umerov = await db.actor.findFirstOrThrow({
      where: { name: "Rustem Umerov" },
      include: { aliases: true },
    });
    expect(umerov.kind).toBe("PERSON");
    expect(umerov.aliases.map((a) => a.alias)).toContain("Rustam Umarov");
    const alias = umerov.aliases.find((a) => a.alias === "Rustam Umarov");
    expect(alias?.normalized).toBe("rustam umarov");
    // The alias leads back to one actor.
    const byAlias = await db.actorAlias.findMany({ where: { normalized: "rustam umarov" } });
    expect(byAlias.map((a) => a.actorId)).toEqual([umerov.id]);
  });

  it("has at least 4 claims, covering DRAFT, IN_REVIEW and PUBLISHED", async () => {
    const claims = await db.claim.findMany();
    expect(claims.length).toBeGreaterThanOrEqual(4);
    const statuses = new Set(claims.map((c) => c.editorialStatus));
    for (const status of ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const) {
      expect(statuses, `a ${status} claim`).toContain(status);
    }
    // Only published claims have an approved revision for the public.
    for (const claim of claims) {
      expect(claim.publishedRevisionId !== null, claim.statement).toBe(
        claim.editorialStatus === "PUBLISHED",
      );
    }
  });

  it("anchors every citation in the captured text where its prefix and suffix say", async () => {
    const citations = await db.citation.findMany({ include: { source: true } });
    expect(citations.length).toBeGreaterThanOrEqual(4);
    for (const c of citations) {
      const text = c.source.capturedText ?? "";
      expect(c.foundInCapture, c.exact).toBe(true);
      expect(c.exact.length).toBeGreaterThan(0);
      expect(text, c.exact).toContain(c.exact);
      // The selector names one place: exact preceded by prefix and followed by suffix.
      const selector = c.prefix + c.exact + c.suffix;
      const at = text.indexOf(selector);
      expect(at, `selector for "${c.exact}" not found`).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(selector, at + 1), `selector for "${c.exact}" is ambiguous`).toBe(-1);
      const start = at + c.prefix.length;
      expect(text.slice(start, start + c.exact.length)).toBe(c.exact);
      // The context is real context, not empty, unless the quote sits at an edge of the text.
      if (start > 0) expect(c.prefix.length).toBeGreaterThan(0);
      if (start + c.exact.length < text.length) expect(c.suffix.length).toBeGreaterThan(0);
    }
  });

  it('records "by the end of this day" as a PREDICTION to resolve by 2025-12-15', async () => {
    const claim = await db.claim.findFirstOrThrow({
      where: { statement: { contains: "by the end of this day" } },
    });
    expect(claim.kind).toBe("PREDICTION");
    expect(claim.resolveBy?.toISOString().slice(0, 10)).toBe("2025-12-15");
    expect(claim.madeAt.toISOString().slice(0, 10)).toBe("2025-12-15");
    expect(claim.isVerbatim).toBe(true);
  });

  it("gives a published claim an approved outcome update with evidence", async () => {
    const updates = await db.outcomeUpdate.findMany({
      where: { claim: { editorialStatus: "PUBLISHED" }, publishedAt: { not: null } },
      include: { evidence: true, claim: true },
    });
    expect(updates.length).toBeGreaterThanOrEqual(1);
    for (const u of updates) {
      expect(u.evidence.length).toBeGreaterThan(0);
      expect(u.claim.publicOutcomeStatus).toBe(u.status);
    }
  });

  it("leaves an audit event for every claim", async () => {
    const claims = await db.claim.findMany({ select: { id: true, statement: true } });
    for (const claim of claims) {
      const events = await db.auditEvent.findMany({
        where: { entityType: "Claim", entityId: claim.id },
      });
      expect(
        events.map((e) => e.action),
        claim.statement,
      ).toContain("claim.create");
      expect(events.every((e) => e.actorId !== null)).toBe(true);
    }
  });
});
