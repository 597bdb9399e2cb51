// Generates analytics data at scale, all inside PostgreSQL (generate_series), so 100k claims
// and ~500k forecasts take seconds, not a loop of inserts. Used by
// `npm run db:seed:scale-forecasts` and by `npm run bench` (scripts/bench/analytics.ts).
//
// The model, so the figures look like a real team's: each claim has a hidden chance q that
// it holds (Beta-like, from the mean of two uniforms), and its outcome is drawn from q.
// Each analyst sees q through noise and distorts it: forecast = logistic(k · logit(q) + b + ε),
// where k > 1 is over-confidence (k < 1 under-confidence), b a bias towards "it will hold",
// and ε their noise. So analysts differ in calibration (k, b) and in resolution (noise).
// Every claim is published; 75 % resolve (HELD or NOT_HELD by q), 5 % PARTIALLY_HELD, 3 %
// UNRESOLVABLE, the rest are pending. About 2 % of forecasts are made after the fact.
// No audit events are written: this is benchmark data, not history anyone did.
import type pg from "pg";

export interface ScaleOptions {
  claims: number;
  analysts: number;
  /** Target number of forecasts (spread about evenly over the claims). */
  forecasts: number;
}

export const DEFAULT_SCALE: ScaleOptions = { claims: 100_000, analysts: 50, forecasts: 500_000 };

const STEPS = (o: ScaleOptions): [string, string][] => [
  [
    "analysts",
    `CREATE TEMP TABLE scale_analyst AS
     SELECT i, gen_random_uuid() AS id,
            0.7 + 1.1 * random() AS k,          -- confidence distortion
            -0.4 + 0.8 * random() AS b,         -- bias towards "holds"
            0.3 + 1.2 * random() AS noise
     FROM generate_series(0, ${o.analysts - 1}) i;
     INSERT INTO "User" (id, email, name, role, "updatedAt")
     SELECT id, 'scale-analyst-' || i || '-' || substr(id::text, 1, 8) || '@example.org',
            'Scale analyst ' || (i + 1), 'ANALYST', now() FROM scale_analyst`,
  ],
  [
    "actors, topics, sources",
    `CREATE TEMP TABLE scale_actor AS
     SELECT i, gen_random_uuid() AS id FROM generate_series(0, ${Math.max(10, Math.floor(o.claims / 50))} - 1) i;
     INSERT INTO "Actor" (id, name, kind, "updatedAt")
     SELECT id, 'Scale speaker ' || (i + 1) || ' ' || substr(id::text, 1, 6), 'PERSON', now() FROM scale_actor;
     CREATE TEMP TABLE scale_topic AS
     SELECT i, gen_random_uuid() AS id, substr(gen_random_uuid()::text, 1, 6) AS tag FROM generate_series(0, 19) i;
     INSERT INTO "Topic" (id, name, slug) SELECT id, 'Scale topic ' || (i + 1) || ' ' || tag, 'scale-topic-' || (i + 1) || '-' || tag FROM scale_topic;
     CREATE TEMP TABLE scale_source AS
     SELECT i, gen_random_uuid() AS id,
            (ARRAY['A','B','C','D','E','F'])[1 + floor(random() * 6)::int]::"SourceReliability" AS reliability
     FROM generate_series(0, ${Math.max(10, Math.floor(o.claims / 20))} - 1) i;
     INSERT INTO "Source" (id, url, title, outlet, kind, reliability, "createdById", "updatedAt")
     SELECT s.id, 'https://scale.example.org/' || s.id, 'Scale article ' || s.i, 'Scale outlet ' || (s.i % 100),
            'NEWS_ARTICLE', s.reliability, (SELECT id FROM scale_analyst WHERE i = 0), now()
     FROM scale_source s`,
  ],
  [
    "claims",
    `CREATE TEMP TABLE scale_claim AS
     SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS revision_id, q,
            made, made + (30 + floor(random() * 335))::int AS resolve_by,
            CASE WHEN r < 0.75 THEN CASE WHEN random() < q THEN 'HELD' ELSE 'NOT_HELD' END
                 WHEN r < 0.80 THEN 'PARTIALLY_HELD' WHEN r < 0.83 THEN 'UNRESOLVABLE'
                 ELSE 'PENDING' END::"OutcomeStatus" AS outcome,
            (ARRAY['STATEMENT','PROMISE','PREDICTION','ASSESSMENT'])[1 + i % 4]::"ClaimKind" AS kind
     FROM (SELECT i, (random() + random()) / 2 AS q, random() AS r,
                  DATE '2023-01-01' + floor(random() * 1000)::int AS made
           FROM generate_series(0, ${o.claims - 1}) i) g;
     INSERT INTO "Claim" (id, statement, "isVerbatim", "claimantId", "madeAt", kind, "resolveBy",
                          "editorialStatus", "outcomeStatus", "publicOutcomeStatus", "createdById",
                          "firstPublishedAt", "updatedAt")
     SELECT c.id, 'Scale claim ' || c.i, true, a.id, c.made, c.kind, c.resolve_by, 'PUBLISHED',
            c.outcome, c.outcome, (SELECT id FROM scale_analyst WHERE i = 0), now(), now()
     FROM scale_claim c JOIN scale_actor a ON a.i = c.i % (SELECT count(*) FROM scale_actor);
     INSERT INTO "ClaimRevision" (id, "claimId", number, statement, "isVerbatim", "claimantId",
                                  "madeAt", kind, "resolveBy", "authorId")
     SELECT c.revision_id, c.id, 1, cl.statement, true, cl."claimantId", c.made, c.kind,
            c.resolve_by, cl."createdById"
     FROM scale_claim c JOIN "Claim" cl ON cl.id = c.id;
     -- Topics before publication, as the app writes them (a revision carries its topics).
     INSERT INTO "RevisionTopic" ("revisionId", "topicId")
     SELECT c.revision_id, t.id FROM scale_claim c JOIN scale_topic t ON t.i = c.i % 20;
     UPDATE "Claim" cl SET "publishedRevisionId" = c.revision_id FROM scale_claim c WHERE cl.id = c.id`,
  ],
  [
    "outcomes and citations",
    `INSERT INTO "OutcomeUpdate" (id, "claimId", status, "occurredAt", note, "createdById", "publishedAt")
     SELECT gen_random_uuid(), c.id, c.outcome,
            LEAST(c.resolve_by - floor(random() * 20)::int, CURRENT_DATE), 'Generated outcome',
            (SELECT id FROM scale_analyst WHERE i = 0), now()
     FROM scale_claim c WHERE c.outcome <> 'PENDING';
     INSERT INTO "Citation" (id, "claimId", "sourceId", exact, "foundInCapture", credibility, "createdById", "publishedAt")
     SELECT gen_random_uuid(), c.id, s.id, 'generated quote', false,
            (ARRAY['1','2','3','4','5','6'])[1 + floor(random() * 6)::int]::"InformationCredibility",
            (SELECT id FROM scale_analyst WHERE i = 0), now()
     FROM scale_claim c JOIN scale_source s ON s.i = (c.i * 7) % (SELECT count(*) FROM scale_source)`,
  ],
  [
    "forecasts",
    `INSERT INTO "Forecast" (id, "claimId", "authorId", probability, confidence, "createdAt")
     SELECT gen_random_uuid(), f.claim_id, f.author_id,
            LEAST(99, GREATEST(1, round(100 / (1 + exp(-(f.k * ln(f.q / (1 - f.q)) + f.b + f.noise * (random() * 2 - 1) * 1.7))))))::int,
            (ARRAY['LOW','MODERATE','HIGH',NULL])[1 + floor(random() * 4)::int]::"AnalyticConfidence",
            CASE WHEN random() < 0.02 THEN f.closes::timestamp + (1 + floor(random() * 10)) * interval '1 day'
                 ELSE f.made + random() * GREATEST(f.span, 1) * interval '1 day' END
     FROM (
       SELECT c.id AS claim_id, a.id AS author_id, LEAST(0.98, GREATEST(0.02, c.q)) AS q, a.k, a.b, a.noise,
              c.made::timestamp AS made,
              LEAST(c.resolve_by, o."occurredAt", CURRENT_DATE) - c.made AS span,
              LEAST(c.resolve_by, o."occurredAt", CURRENT_DATE) AS closes
       FROM scale_claim c
       CROSS JOIN LATERAL generate_series(1, ${Math.max(1, Math.round(o.forecasts / o.claims))}) n
       JOIN scale_analyst a ON a.i = (c.i * 17 + n * 7) % ${o.analysts}
       LEFT JOIN "OutcomeUpdate" o ON o."claimId" = c.id
     ) f`,
  ],
];

/** Runs the generator on `client`'s database, one transaction; logs each step's time. */
export async function generateScaleForecasts(
  client: pg.Client,
  options: ScaleOptions = DEFAULT_SCALE,
  log: (line: string) => void = console.log,
): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const [name, sql] of STEPS(options)) {
      const started = performance.now();
      await client.query(sql);
      log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query("ANALYZE");
}
