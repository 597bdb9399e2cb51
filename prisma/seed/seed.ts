import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { sha256Hex } from "@/lib/sources/capture";
import { anchorQuote } from "@/lib/sources/text-quote";
import { normalizeName } from "@/lib/actors/normalize-name";
import { ACTORS, ARTICLE, CLAIMS, TOPICS, type DemoClaim } from "./demo-claims";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

export const ARTICLE_TEXT = readFileSync(join(import.meta.dirname, "seed-article.txt"), "utf8");

/** Creates the demo accounts (one per role); existing accounts are left as they are. */
export async function seedDemoUsers(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: u.email } });
      if (existing) return;
      const user = await tx.user.create({ data: { ...u, passwordHash } });
      await recordAuditEvent(tx, null, {
        action: "user.seed",
        entityType: "User",
        entityId: user.id,
        after: { email: u.email, role: u.role },
      });
    });
  }
}

/**
 * The article, its actors and claims. Idempotent: the article's URL marks demo data as
 * present. Needs the demo accounts, which own the demo records.
 */
export async function seedDemoContent(db: PrismaClient): Promise<"created" | "present"> {
  // Generous timeout: every audit event waits its turn on the audit chain's lock.
  return db.$transaction(
    async (tx) => {
      if (await tx.source.findUnique({ where: { url: ARTICLE.url } })) return "present";
      const users = await tx.user.findMany({
        where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      });
      const byEmail = new Map(users.map((u) => [u.email, u.id]));
      const analyst = byEmail.get("analyst@example.org");
      const editor = byEmail.get("editor@example.org");
      if (!analyst || !editor) throw new Error("Seed the demo users before the demo content");

      const source = await tx.source.create({
        data: {
          ...ARTICLE,
          kind: "NEWS_ARTICLE",
          capturedText: ARTICLE_TEXT,
          capturedAt: new Date("2025-12-15T18:00:00Z"),
          capturedSha256: sha256Hex(ARTICLE_TEXT),
          createdById: analyst,
        },
      });
      await tx.sourceCapture.create({
        data: {
          sourceId: source.id,
          number: 1,
          text: ARTICLE_TEXT,
          sha256: sha256Hex(ARTICLE_TEXT),
          capturedAt: new Date("2025-12-15T18:00:00Z"),
          capturedById: analyst,
          method: "PASTED",
          lastCheckedAt: new Date("2025-12-15T18:00:00Z"),
        },
      });
      await audit(tx, analyst, "source.create", "Source", source.id, { url: source.url });

      const actorIds: Record<string, string> = {};
      for (const [key, a] of Object.entries(ACTORS)) {
        const actor = await tx.actor.create({
          data: {
            name: a.name,
            kind: a.kind,
            affiliation: a.affiliation,
            aliases: {
              create: a.aliases.map((alias) => ({ alias, normalized: normalizeName(alias) })),
            },
          },
        });
        actorIds[key] = actor.id;
        await audit(tx, analyst, "actor.create", "Actor", actor.id, { name: a.name });
      }

      const topicIds: Record<string, string> = {};
      for (const t of TOPICS) {
        const topic = await tx.topic.upsert({ where: { slug: t.slug }, update: {}, create: t });
        topicIds[t.slug] = topic.id;
      }

      for (const c of CLAIMS) {
        await seedClaim(tx, c, {
          sourceId: source.id,
          claimantId: actorIds[c.actor] ?? "",
          topicIds: c.topics.map((slug) => topicIds[slug] ?? ""),
          analyst,
          editor,
          byEmail,
        });
      }
      return "created";
      // One batch, once: allow a slow machine (the default 5 s fails under load).
    },
    { timeout: 60_000 },
  );
}

async function seedClaim(
  tx: Tx,
  c: DemoClaim,
  ids: {
    sourceId: string;
    claimantId: string;
    topicIds: string[];
    analyst: string;
    editor: string;
    byEmail: Map<string, string>;
  },
): Promise<void> {
  const published = c.status === "PUBLISHED";
  const publishedAt = new Date(`${c.madeAt}T20:00:00Z`);
  const content = {
    statement: c.statement,
    isVerbatim: c.isVerbatim,
    claimantId: ids.claimantId,
    claimantRole: c.claimantRole,
    madeAt: new Date(`${c.madeAt}T00:00:00Z`),
    kind: c.kind,
    resolutionCriteria: c.resolutionCriteria,
    resolveBy: c.resolveBy ? new Date(`${c.resolveBy}T00:00:00Z`) : null,
  };
  const claim = await tx.claim.create({
    data: {
      ...content,
      editorialStatus: c.status,
      outcomeStatus: c.outcome?.status ?? "PENDING",
      publicOutcomeStatus: published ? (c.outcome?.status ?? "PENDING") : "PENDING",
      firstPublishedAt: published ? publishedAt : null,
      createdById: ids.analyst,
      topics: { create: ids.topicIds.map((topicId) => ({ topicId })) },
    },
  });
  const revision = await tx.claimRevision.create({
    data: {
      ...content,
      claimId: claim.id,
      number: 1,
      authorId: ids.analyst,
      topics: { create: ids.topicIds.map((topicId) => ({ topicId })) },
    },
  });
  await audit(tx, ids.analyst, "claim.create", "Claim", claim.id, { statement: c.statement });

  const anchor = anchorQuote(ARTICLE_TEXT, c.quote);
  if (!anchor.found) throw new Error(`Demo quote not found in the article: ${c.quote}`);
  await tx.citation.create({
    data: {
      claimId: claim.id,
      sourceId: ids.sourceId,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      foundInCapture: true,
      credibility: c.credibility,
      createdById: ids.analyst,
      publishedAt: published ? publishedAt : null,
    },
  });

  if (c.status !== "DRAFT") {
    await tx.review.create({
      data: {
        claimId: claim.id,
        kind: "NEW_CLAIM",
        revisionId: revision.id,
        submittedById: ids.analyst,
        // A submission still waiting was made now, as the claim's history says.
        submittedAt: published ? publishedAt : new Date(),
        ...(published
          ? { status: "APPROVED", reviewerId: ids.editor, decidedAt: publishedAt }
          : { status: "PENDING" }),
      },
    });
  }
  if (published) {
    await tx.claim.update({ where: { id: claim.id }, data: { publishedRevisionId: revision.id } });
    await audit(tx, ids.editor, "claim.publish", "Claim", claim.id, { revision: 1 });
  }
  if (c.outcome) {
    const update = await tx.outcomeUpdate.create({
      data: {
        claimId: claim.id,
        status: c.outcome.status,
        occurredAt: new Date(`${c.outcome.occurredAt}T00:00:00Z`),
        note: c.outcome.note,
        createdById: ids.analyst,
        publishedAt: published ? new Date(`${c.outcome.occurredAt}T12:00:00Z`) : null,
        evidence: { create: [{ sourceId: ids.sourceId }] },
      },
    });
    await audit(tx, ids.analyst, "outcome.record", "OutcomeUpdate", update.id, c.outcome);
  }
  for (const f of c.forecasts ?? []) {
    const authorId = ids.byEmail.get(f.by);
    if (!authorId) continue;
    const forecast = await tx.forecast.create({
      data: { claimId: claim.id, authorId, probability: f.probability, createdAt: publishedAt },
    });
    await audit(tx, authorId, "forecast.record", "Forecast", forecast.id, f);
  }
}

function audit(tx: Tx, actorId: string, action: string, type: string, id: string, after: unknown) {
  return recordAuditEvent(tx, actorId, { action, entityType: type, entityId: id, after });
}
