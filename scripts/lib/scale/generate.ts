// The scale data generator behind `npm run db:seed:scale`: realistic published claims made
// entirely inside PostgreSQL with generate_series (no rows travel through Node, no ORM), in
// steps that each commit on their own. To add data (forecasts, comments, …), write another
// ScaleStep and pass it in `extraSteps`, or append it to SCALE_STEPS: each step gets the
// connection and the context of what the earlier steps made (the scale_* temp tables:
// scale_user, scale_actor, scale_topic; and the claim ids in "Claim" itself).
import type pg from "pg";
import { claimsStep } from "./claims-step.ts";
import { actorsStep, topicsStep, usersStep } from "./people-steps.ts";

export interface ScaleOptions {
  claims: number;
  actors: number;
  /** Spellings per actor, the actor's own name included. */
  aliasesPerActor: number;
  topics: number;
  /** Analysts (authors of claims, outcome updates; available to later steps). */
  analysts: number;
  editors: number;
  /** Claims generated per transaction. */
  chunk: number;
}

export const DEFAULT_SCALE: ScaleOptions = {
  claims: 100_000,
  actors: 3_000,
  aliasesPerActor: 3,
  topics: 200,
  analysts: 50,
  editors: 5,
  chunk: 50_000,
};

export interface ScaleContext {
  client: pg.Client;
  options: ScaleOptions;
  /** Whether the role may skip triggers with session_replication_role (superuser). */
  superuser: boolean;
  log: (line: string) => void;
}

export interface ScaleStep {
  name: string;
  run(context: ScaleContext): Promise<void>;
}

/** In order: users, topics, actors with aliases, claims with revisions, topics and outcomes. */
export const SCALE_STEPS: ScaleStep[] = [usersStep, topicsStep, actorsStep, claimsStep];

/** The marker left on a filled database, so a rerun with the same size can be skipped. */
export function scaleMarker(options: ScaleOptions): string {
  return `claimwatch-scale v1 claims=${options.claims}`;
}

export async function readScaleMarker(client: pg.Client): Promise<string | null> {
  const { rows } = await client.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
  );
  return rows[0]?.comment ?? null;
}

/**
 * Fills an empty, migrated database. Refuses a database that already holds claims, so a
 * real database is never mixed with synthetic data.
 */
export async function seedScale(
  client: pg.Client,
  partial: Partial<ScaleOptions> = {},
  extraSteps: ScaleStep[] = [],
  log: (line: string) => void = console.log,
): Promise<void> {
  const options = { ...DEFAULT_SCALE, ...partial };
  const { rows } = await client.query<{ n: number; superuser: boolean }>(
    `SELECT (SELECT count(*) FROM "Claim")::int AS n,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
  );
  if ((rows[0]?.n ?? 0) > 0) {
    throw new Error(`The database already has ${rows[0]?.n} claims; give an empty one.`);
  }
  const context: ScaleContext = { client, options, superuser: rows[0]?.superuser ?? false, log };
  for (const step of [...SCALE_STEPS, ...extraSteps]) {
    const started = performance.now();
    await step.run(context);
    log(`  ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const started = performance.now();
  await client.query("VACUUM (ANALYZE)");
  log(`  vacuum and analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const name = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]?.db;
  await client.query(
    `COMMENT ON DATABASE "${(name ?? "").replace(/"/g, '""')}" IS '${scaleMarker(options)}'`,
  );
}
