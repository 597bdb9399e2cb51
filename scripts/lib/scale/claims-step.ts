// The scale step that makes the claims: each a published claim with one approved revision,
// 1–3 topics, a role for most people, a resolve-by date for promises and predictions, and
// for older ones an approved outcome update (SQL in claims-sql.ts). All chunks load in one
// transaction, so a failed load leaves the database as it was; search documents are written
// by the same INSERT, so the per-row search triggers are off meanwhile, and the secondary
// indexes are built once at the end, which is many times faster than a million inserts
// into GIN and B-tree indexes; the lexeme counts the triggers keep are taken once at the end.
import type { ScaleContext, ScaleStep } from "./generate.ts";
import { CHUNK, chunkParameters, INSERTS, OUTCOMES } from "./claims-sql.ts";
import { SYLLABLES } from "./vocabulary.ts";

const TRIGGERED = ["Claim", "ClaimRevision", "ClaimTopic", "RevisionTopic"];
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function loadChunk(context: ScaleContext, topicNames: string[], from: number, to: number) {
  const { client, options, superuser } = context;
  await client.query(CHUNK(options), chunkParameters(topicNames, SYLLABLES, from, to));
  await client.query(OUTCOMES);
  for (const sql of INSERTS(superuser)) await client.query(sql);
  await client.query("DROP TABLE chunk");
}

/** The loaded tables' indexes other than primary keys and unique constraints. */
async function secondaryIndexes(context: ScaleContext): Promise<{ name: string; sql: string }[]> {
  const { rows } = await context.client.query<{ name: string; sql: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(ix.indexrelid) AS sql
     FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
     WHERE t.relname = ANY ($1) AND t.relnamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)`,
    [[...TRIGGERED, "OutcomeUpdate"]],
  );
  return rows;
}

export const claimsStep: ScaleStep = {
  name: "claims, revisions, topics and outcomes",
  async run(context) {
    const { client, options, log, superuser } = context;
    await client.query(
      `CREATE UNIQUE INDEX ON scale_topic (n); CREATE UNIQUE INDEX ON scale_user (n);
       ALTER TABLE scale_actor_names ADD COLUMN doc tsvector;
       UPDATE scale_actor_names SET doc = setweight(to_tsvector('public.claimwatch'::regconfig, names), 'B');
       ANALYZE scale_topic; ANALYZE scale_user; ANALYZE scale_actor_names`,
    );
    const topics = await client.query<{ name: string }>("SELECT name FROM scale_topic ORDER BY n");
    const topicNames = topics.rows.map((r) => r.name);
    await client.query("BEGIN");
    try {
      // A superuser skips the foreign-key triggers, so a claim and its published revision
      // (which point at each other) go in with one INSERT each; others link them afterwards.
      if (superuser) await client.query("SET LOCAL session_replication_role = replica");
      await client.query("SET LOCAL maintenance_work_mem = '512MB'");
      for (const table of TRIGGERED) {
        await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
      }
      const indexes = await secondaryIndexes(context);
      for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
      for (let from = 1; from <= options.claims; from += options.chunk) {
        const to = Math.min(options.claims, from + options.chunk - 1);
        const started = performance.now();
        await loadChunk(context, topicNames, from, to);
        const range = `${from.toLocaleString("en-US")}–${to.toLocaleString("en-US")}`;
        log(`    claims ${range}: ${seconds(started)} s`);
      }
      const started = performance.now();
      for (const index of indexes) await client.query(index.sql);
      log(`    ${indexes.length} indexes built: ${seconds(started)} s`);
      for (const table of TRIGGERED) {
        await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
      }
      // The lexeme counts, which the triggers left alone (migration 20261202024500_search_terms).
      const counted = performance.now();
      await client.query(
        `SELECT "claimwatch_recount_terms"('public'), "claimwatch_recount_terms"('internal')`,
      );
      log(`    lexeme counts: ${seconds(counted)} s`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  },
};
