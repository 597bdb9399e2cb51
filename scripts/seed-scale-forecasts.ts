// `npm run db:seed:scale-forecasts`: adds analytics data at scale to DATABASE_URL: by default
// 50 analysts forecasting on 100k published claims (~500k forecasts with realistic
// calibration errors). Sizes: --claims=N --analysts=N --forecasts=N. See
// scripts/lib/scale-forecasts.ts for the model. Adds rows; run it on a throwaway database.
import pg from "pg";
import { DEFAULT_SCALE, generateScaleForecasts } from "./lib/scale-forecasts.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const option = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split("=")[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number from 1`);
    process.exit(1);
  }
  return value;
};
const options = {
  claims: option("claims", DEFAULT_SCALE.claims),
  analysts: option("analysts", DEFAULT_SCALE.analysts),
  forecasts: option("forecasts", DEFAULT_SCALE.forecasts),
};
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  console.log(
    `Generating ${options.claims} claims, ${options.analysts} analysts, ~${options.forecasts} forecasts…`,
  );
  await generateScaleForecasts(client, options);
} finally {
  await client.end();
}
