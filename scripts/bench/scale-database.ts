// The scale databases the benchmark measures: claimwatch_scale_<claims> on the embedded
// server (scripts/lib/scale/database.ts; DATABASE_URL is not used), made by the generator once and reused while its marker says it holds that many claims.
import pg from "pg";
import { openScaleDatabase, type ScaleDatabase } from "../lib/scale/database.ts";
import { readScaleMarker, scaleMarker, seedScale, DEFAULT_SCALE } from "../lib/scale/generate.ts";

export async function scaleDatabase(claims: number): Promise<ScaleDatabase> {
  const name = `claimwatch_scale_${claims}`;
  let database = await openScaleDatabase(name, false, false);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const marker = await readScaleMarker(client);
  await client.end();
  if (marker === scaleMarker({ ...DEFAULT_SCALE, claims })) return database;
  await database.close();
  console.log(`Generating ${claims.toLocaleString("en-US")} claims into ${name}…`);
  const started = performance.now();
  database = await openScaleDatabase(name, true, false);
  const fresh = new pg.Client({ connectionString: database.url });
  await fresh.connect();
  await seedScale(fresh, { claims }, [], (line) => console.log(line));
  await fresh.end();
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return database;
}
