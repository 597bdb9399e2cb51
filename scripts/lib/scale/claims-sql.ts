// The SQL of the scale generator's claims step (claims-step.ts): one chunk of claims made in
// a temp table from the word lists, then copied into the app's tables.
import {
  LEADS,
  MODIFIERS,
  NOUNS,
  PLACES,
  ROLES,
  SUBJECTS,
  TIMES,
  VERBS,
  VILLAGES,
} from "./vocabulary.ts";

/** SQL for an entry of `list` (parameter $n), the first ones more often (skew > 1). */
const pick = (n: number, list: readonly string[], skew: number) =>
  `($${n}::text[])[1 + floor(power(random(), ${skew}) * ${list.length})::int]`;

const leads = (n: number) =>
  `CASE k.kind ${(["STATEMENT", "PROMISE", "PREDICTION", "ASSESSMENT"] as const)
    .map((kind, i) => `WHEN '${kind}' THEN ${pick(n + i, LEADS[kind], 1.2)}`)
    .join(" ")} END`;

/** The village named in claim k.n (every tenth claim), as villageName() spells it. */
const village = (n: number) =>
  [1, 20, 400]
    .map((d) => `($${n}::text[])[1 + ((k.n / 10 % ${VILLAGES}) * 7 + 123) % 8000 / ${d} % 20]`)
    .join(" || ");

/** The parameters of CHUNK, in order. */
export function chunkParameters(
  topicNames: string[],
  syllables: string[],
  from: number,
  to: number,
) {
  return [
    SUBJECTS,
    LEADS.STATEMENT,
    LEADS.PROMISE,
    LEADS.PREDICTION,
    LEADS.ASSESSMENT,
    VERBS,
    NOUNS,
    PLACES,
    syllables,
    TIMES,
    ROLES,
    topicNames,
    from,
    to,
    MODIFIERS,
  ];
}

/**
 * One chunk's rows, kept in a temp table so that every insert reads the same ones. The
 * random choices are made once (a MATERIALIZED CTE), before the search document is built
 * from them; the claimant's part of the document is computed once per actor
 * (scale_actor_names.doc). A claim has one topic, two for odd n, three for every fifth,
 * all different. Parameters: chunkParameters().
 */
export const CHUNK = (options: { analysts: number; actors: number; topics: number }) => `
CREATE TEMP TABLE chunk AS
WITH g AS MATERIALIZED (
  SELECT k.*, gen_random_uuid() AS claim_id, gen_random_uuid() AS rev_id,
    ${pick(1, SUBJECTS, 1.3)} || ' ' || ${leads(2)} || ' ' || ${pick(6, VERBS, 1.3)} || ' '
      || replace(ltrim(${pick(15, MODIFIERS, 1)} || ' ' || ${pick(7, NOUNS, 1.3)}), ' the ', ' ') || ' in ' || ${pick(8, PLACES, 1.2)}
      || CASE WHEN k.n % 10 = 3 THEN ' near ' || initcap(${village(9)}) ELSE '' END
      || ' ' || ${pick(10, TIMES, 1.2)} || '.' AS statement,
    CASE WHEN random() < 0.7 THEN ${pick(11, ROLES, 1.3)} END AS role,
    CASE WHEN k.kind IN ('PROMISE', 'PREDICTION') THEN k.made_at + 30 + floor(random() * 700)::int END AS resolve_by,
    LEAST((k.made_at + floor(random() * 4)::int) + random() * interval '1 day',
          now() AT TIME ZONE 'UTC')::timestamp(3) AS published_at,
    1 + floor(random() * ${options.analysts})::int AS author_n,
    1 + floor(power(random(), 1.5) * ${options.actors})::int AS actor_n,
    ARRAY[k.t1]
      || CASE WHEN k.n % 2 = 1 THEN ARRAY[1 + (k.t1 - 1 + ${Math.floor(options.topics / 2)}
           + floor(random() * ${Math.max(1, Math.ceil(options.topics / 2) - 1)})::int) % ${options.topics}] ELSE '{}' END
      || CASE WHEN k.n % 5 = 0 THEN ARRAY[1 + (k.t1 + floor(random() * ${Math.max(1, Math.floor(options.topics / 2) - 1)})::int)
           % ${options.topics}] ELSE '{}' END AS topic_ns
  FROM (
    SELECT n, (ARRAY['STATEMENT', 'PROMISE', 'PREDICTION', 'ASSESSMENT'])[1 + floor(random() * 4)::int] AS kind,
      current_date - floor(3650 * power(random(), 1.4))::int AS made_at,
      1 + floor(power(random(), 1.4) * ${options.topics})::int AS t1
    FROM generate_series($13::int, $14::int) n) k
)
SELECT g.*, an.id AS claimant,
  setweight(to_tsvector('public.claimwatch'::regconfig, g.statement), 'A') || an.doc
  || setweight(to_tsvector('public.claimwatch'::regconfig, concat_ws(' ', g.role,
       ($12::text[])[g.topic_ns[1]], ($12::text[])[g.topic_ns[2]], ($12::text[])[g.topic_ns[3]])), 'C') AS search
FROM g JOIN scale_actor_names an ON an.n = g.actor_n`;

/** Older claims get an outcome: most promises and predictions, some statements. */
export const OUTCOMES = `
ALTER TABLE chunk ADD COLUMN outcome text;
UPDATE chunk SET outcome = (ARRAY['HELD', 'NOT_HELD', 'PARTIALLY_HELD', 'IN_PROGRESS', 'STALLED', 'UNRESOLVABLE'])
  [1 + floor(power(random(), 1.3) * 6)::int]
WHERE made_at < current_date - 90
  AND random() < CASE WHEN kind IN ('PROMISE', 'PREDICTION') THEN 0.6 ELSE 0.2 END`;

/** Copies the chunk into the app's tables; `linked`: the foreign-key triggers are off. */
export const INSERTS = (linked: boolean) => [
  `INSERT INTO "Claim" ("id", "statement", "isVerbatim", "claimantId", "claimantRole", "madeAt", "kind",
     "resolutionCriteria", "resolveBy", "editorialStatus", "outcomeStatus", "publicOutcomeStatus", "version",
     "publishedRevisionId", "firstPublishedAt", "createdById", "createdAt", "updatedAt", "search")
   SELECT c.claim_id, c.statement, c.n % 5 <> 0, c.claimant, c.role, c.made_at, c.kind::"ClaimKind",
     CASE WHEN c.resolve_by IS NOT NULL THEN 'Holds if it happens as stated by the resolve-by date.' END,
     c.resolve_by, 'PUBLISHED', coalesce(c.outcome, 'PENDING')::"OutcomeStatus",
     coalesce(c.outcome, 'PENDING')::"OutcomeStatus", 1, ${linked ? "c.rev_id" : "NULL"}, c.published_at,
     u.id, c.published_at, c.published_at, c.search
   FROM chunk c JOIN scale_user u ON u.n = c.author_n`,
  `INSERT INTO "ClaimRevision" ("id", "claimId", "number", "statement", "isVerbatim", "claimantId",
     "claimantRole", "madeAt", "kind", "resolutionCriteria", "resolveBy", "authorId", "createdAt", "search", "publicAt")
   SELECT c.rev_id, c.claim_id, 1, c.statement, c.n % 5 <> 0, c.claimant, c.role, c.made_at, c.kind::"ClaimKind",
     CASE WHEN c.resolve_by IS NOT NULL THEN 'Holds if it happens as stated by the resolve-by date.' END,
     c.resolve_by, u.id, c.published_at, c.search, c.published_at
   FROM chunk c JOIN scale_user u ON u.n = c.author_n`,
  ...(linked
    ? []
    : [
        `UPDATE "Claim" cl SET "publishedRevisionId" = c.rev_id FROM chunk c WHERE cl."id" = c.claim_id`,
      ]),
  // With the sort keys the topic lists read (migration 20261201061500_topic_list_orders),
  // which the triggers, off during the load, would otherwise copy.
  `INSERT INTO "ClaimTopic" ("claimId", "topicId", "madeAt")
   SELECT c.claim_id, t.id, c.made_at FROM chunk c, unnest(c.topic_ns) tn JOIN scale_topic t ON t.n = tn`,
  `INSERT INTO "RevisionTopic" ("revisionId", "topicId", "claimId", "madeAt", "publicAt")
   SELECT c.rev_id, t.id, c.claim_id, c.made_at, c.published_at
   FROM chunk c, unnest(c.topic_ns) tn JOIN scale_topic t ON t.n = tn`,
  `INSERT INTO "OutcomeUpdate" ("id", "claimId", "status", "occurredAt", "note", "createdById", "createdAt", "publishedAt")
   SELECT gen_random_uuid(), c.claim_id, c.outcome::"OutcomeStatus",
     LEAST(coalesce(c.resolve_by, c.made_at + 180), current_date),
     'Outcome recorded from later reporting.', u.id, c.published_at, c.published_at
   FROM chunk c JOIN scale_user u ON u.n = c.author_n WHERE c.outcome IS NOT NULL`,
];
