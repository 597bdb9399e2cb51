// Scale steps for the records claims refer to: team members, topics, actors and aliases.
// Each also fills a numbered temp table (scale_user, scale_topic, scale_actor) that later
// steps pick from by number.
import type { ScaleStep } from "./generate.ts";
import { ASPECTS, FIRST_NAMES, LAST_NAMES, THEMES } from "./vocabulary.ts";

/** Analysts then editors, emails scale-analyst-N@scale.test / scale-editor-N@scale.test. */
export const usersStep: ScaleStep = {
  name: "users",
  async run({ client, options }) {
    await client.query(
      `CREATE TEMP TABLE scale_user AS
       SELECT n, gen_random_uuid() AS id, CASE WHEN n <= $1::int THEN 'ANALYST' ELSE 'EDITOR' END AS role
       FROM generate_series(1, $1::int + $2::int) n`,
      [options.analysts, options.editors],
    );
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
       SELECT id, format('scale-%s-%s@scale.test', lower(role), n), format('Scale %s %s', lower(role), n),
              role::"Role", now()
       FROM scale_user`,
    );
  },
};

/** Topics named "<theme> <aspect>" (40 themes × 5 aspects = 200 by default). */
export const topicsStep: ScaleStep = {
  name: "topics",
  async run({ client, options }) {
    await client.query(
      `CREATE TEMP TABLE scale_topic AS
       SELECT n, gen_random_uuid() AS id,
              ($1::text[])[1 + (n - 1) % array_length($1::text[], 1)] || ' ' ||
              ($2::text[])[1 + ((n - 1) / array_length($1::text[], 1)) % array_length($2::text[], 1)] ||
              CASE WHEN n > array_length($1::text[], 1) * array_length($2::text[], 1)
                   THEN ' ' || ((n - 1) / (array_length($1::text[], 1) * array_length($2::text[], 1)) + 1) ELSE '' END AS name
       FROM generate_series(1, $3::int) n`,
      [THEMES, ASPECTS, options.topics],
    );
    await client.query(
      `INSERT INTO "Topic" ("id", "name", "slug")
       SELECT id, name, trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'))
       FROM scale_topic`,
    );
  },
};

/**
 * Actors: mostly people (first × last name), every tenth an organization, every
 * twenty-fifth an anonymous descriptor. Aliases: the name itself, a transliteration variant
 * of it (e and a swapped, as transliterations differ: Umerov → Umarov) and the initial
 * form ("R. Umerov"), normalized as lib/actors/normalize-name.ts does.
 */
export const actorsStep: ScaleStep = {
  name: "actors and aliases",
  async run({ client, options }) {
    await client.query(
      `CREATE TEMP TABLE scale_actor AS
       SELECT n, gen_random_uuid() AS id, kind, name FROM (
         SELECT n,
           CASE WHEN n % 25 = 0 THEN 'ANONYMOUS' WHEN n % 10 = 0 THEN 'ORGANIZATION' ELSE 'PERSON' END AS kind,
           CASE WHEN n % 25 = 0 THEN format('Senior official %s', n / 25)
                WHEN n % 10 = 0 THEN format('%s Institute %s', ($2::text[])[1 + (n / 10) % array_length($2::text[], 1)], n / 10)
                ELSE ($1::text[])[1 + n % array_length($1::text[], 1)] || ' ' ||
                     ($2::text[])[1 + (n / array_length($1::text[], 1)) % array_length($2::text[], 1)] ||
                     CASE WHEN n >= array_length($1::text[], 1) * array_length($2::text[], 1)
                          THEN ' ' || (n / (array_length($1::text[], 1) * array_length($2::text[], 1)) + 1) ELSE '' END
           END AS name
         FROM generate_series(1, $3::int) n) a`,
      [FIRST_NAMES, LAST_NAMES, options.actors],
    );
    await client.query(
      `INSERT INTO "Actor" ("id", "name", "kind", "updatedAt")
       SELECT id, name, kind::"ActorKind", now() FROM scale_actor`,
    );
    // The search triggers would rebuild each actor's claims per alias; there are none yet.
    await client.query("BEGIN");
    try {
      await client.query(`ALTER TABLE "ActorAlias" DISABLE TRIGGER USER`);
      await client.query(
        `INSERT INTO "ActorAlias" ("id", "actorId", "alias", "normalized")
         SELECT gen_random_uuid(), id, alias, lower(claimwatch_unaccent(alias)) FROM (
           SELECT a.id, v.k, CASE v.k
             WHEN 1 THEN a.name
             WHEN 2 THEN translate(a.name, 'ea', 'ae')
             ELSE left(a.name, 1) || '. ' || substr(a.name, strpos(a.name, ' ') + 1) END AS alias
           FROM scale_actor a CROSS JOIN generate_series(1, $1::int) v(k)) s
         ON CONFLICT DO NOTHING`,
        [options.aliasesPerActor],
      );
      await client.query(`ALTER TABLE "ActorAlias" ENABLE TRIGGER USER`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    await client.query(
      `CREATE TEMP TABLE scale_actor_names AS
       SELECT a.n, a.id, a.name || ' ' || string_agg(al."alias", ' ') AS names
       FROM scale_actor a JOIN "ActorAlias" al ON al."actorId" = a.id GROUP BY a.n, a.id, a.name;
       CREATE UNIQUE INDEX ON scale_actor_names (n); ANALYZE scale_actor_names`,
    );
  },
};
