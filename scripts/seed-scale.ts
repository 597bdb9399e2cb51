// `npm run db:seed:scale -- --claims 1000000 [--fresh]`: fills a database with synthetic
// published claims for the search and page benchmarks (scripts/lib/scale/). Without
// DATABASE_URL the data goes to the database `claimwatch_scale` on the embedded server;
// --fresh drops that database first. A database that already holds claims is refused.
import { parseArgs } from "node:util";
import pg from "pg";
import { openScaleDatabase } from "./lib/scale/database.ts";
import { seedScale } from "./lib/scale/generate.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    fresh: { type: "boolean", default: false },
  },
});
const claims = Number(values.claims);
if (!Number.isInteger(claims) || claims < 1 || claims > 10_000_000) {
  console.error("--claims must be a whole number from 1 to 10,000,000");
  process.exit(2);
}

const started = performance.now();
const database = await openScaleDatabase("claimwatch_scale", values.fresh);
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  console.log(`Generating ${claims.toLocaleString("en-US")} published claims…`);
  await seedScale(client, { claims });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Done in ${seconds.toFixed(0)} s: ${database.url.replace(/:[^:@/]*@/, ":***@")}`);
} finally {
  await client.end();
  await database.close();
}
