// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { migrate } from "./lib/migrations.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm start` sets it for the embedded database.)");
  process.exit(1);
}
const result = await migrate(url);
console.log(
  result.applied.length > 0
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
    : `Database is up to date (${result.alreadyApplied} migration(s) applied).`,
);
