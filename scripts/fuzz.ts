// `npm run fuzz -- --runs 20000 [--seed 7]`: the API fuzz suite (e2e/fuzz/) alone, for longer
// than the 1,000 cases `npm test` runs, against a fresh database and production build (the
// same harness as `npm test -- e2e`). Without --seed, a new seed each time (it is printed,
// so a failure can be replayed with it).
import { spawnSync } from "node:child_process";
import { join } from "node:path";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const runs = option("runs") ?? "10000";
const seed = option("seed") ?? String(Math.floor(Math.random() * 2 ** 31));
if (!/^\d+$/.test(runs) || !/^\d+$/.test(seed)) {
  console.error("Usage: npm run fuzz -- [--runs N] [--seed N]");
  process.exit(2);
}
console.log(`Fuzzing the API with ${runs} cases, seed ${seed}`);
const result = spawnSync("npx", ["tsx", "scripts/test.ts", "e2e", "--", "--project=fuzz"], {
  stdio: "inherit",
  cwd: join(import.meta.dirname, ".."),
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
