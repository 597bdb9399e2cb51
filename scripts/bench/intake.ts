// The intake part of `npm run bench` (alone: `npm run bench -- --intake`): times
// `POST /api/v1/intake/candidates` end to end (HTTP, validation, extraction, the actor and
// existing-claim queries, the JSON answer) on
//   - the seed article, 30 times: p95 target ≤ 150 ms per normal article;
//   - a 2 MB paste (the largest the issue allows), 3 times: target ≤ 5 s each. The paste is
//     the labelled articles of eval/intake/ one after another, repeated up to 2 MB
//     (2,097,152 characters): a long transcript or report, with quotes, speakers and deadlines throughout.
// Returns the targets missed.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { startAppServer } from "../lib/app-server.ts";
import { signIn } from "./sign-in.ts";

const SEED_RUNS = 30;
const LARGE_RUNS = 3;
const TARGET_SEED_P95_MS = 150;
const TARGET_LARGE_MS = 5000;
/** The limit and the schema's (lib/intake/schemas.ts INTAKE_TEXT_MAX): 2 MB. */
const LARGE_CHARS = 2 * 1024 * 1024;

const root = join(import.meta.dirname, "..", "..");

/** The eval articles' texts (the part between the first two `---` lines). */
function evalTexts(): string[] {
  const out: string[] = [];
  for (const half of readdirSync(join(root, "eval", "intake"), { withFileTypes: true })) {
    if (!half.isDirectory()) continue;
    const dir = join(root, "eval", "intake", half.name);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".txt")) continue;
      out.push(readFileSync(join(dir, file), "utf8").split(/^---\n/m)[1] ?? "");
    }
  }
  return out;
}

/** A realistic paste of exactly `chars` characters built from the labelled articles. */
export function largeArticle(chars = LARGE_CHARS): string {
  const texts = evalTexts();
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${texts[i % texts.length] ?? ""}\n`;
  return text.slice(0, chars);
}

async function post(baseUrl: string, cookie: string, body: object): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/intake/candidates`, {
    method: "POST",
    // A cookie-carrying POST must name its origin, as a browser does (lib/api/same-origin.ts).
    headers: { "content-type": "application/json", cookie, origin: baseUrl },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { candidates?: unknown[] };
  if (!response.ok || !answer.candidates) {
    throw new Error(`intake/candidates answered ${response.status}`);
  }
  return performance.now() - started;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

export async function benchIntake(baseUrl: string, cookie: string): Promise<string[]> {
  const failures: string[] = [];
  const seed = readFileSync(join(root, "prisma", "seed", "seed-article.txt"), "utf8");
  const seedBody = { text: seed, publishedAt: "2025-12-15" };
  for (let i = 0; i < 3; i++) await post(baseUrl, cookie, seedBody); // warm the lexicons, JIT
  const seedTimes = [];
  for (let i = 0; i < SEED_RUNS; i++) seedTimes.push(await post(baseUrl, cookie, seedBody));
  const seedP95 = sorted(seedTimes)[Math.floor(0.95 * SEED_RUNS)] ?? NaN;
  console.log(
    `\nIntake candidates, seed article (${seed.length} chars), ${SEED_RUNS} requests: p50 ${(sorted(seedTimes)[SEED_RUNS >> 1] ?? NaN).toFixed(0)} ms, p95 ${seedP95.toFixed(0)} ms (target ≤ ${TARGET_SEED_P95_MS})`,
  );
  if (seedP95 > TARGET_SEED_P95_MS)
    failures.push(`intake seed article: p95 ${seedP95.toFixed(0)} ms > ${TARGET_SEED_P95_MS} ms`);

  const large = { text: largeArticle(), publishedAt: "2026-03-02" };
  const largeTimes = [];
  for (let i = 0; i < LARGE_RUNS; i++) largeTimes.push(await post(baseUrl, cookie, large));
  const worst = Math.max(...largeTimes);
  console.log(
    `Intake candidates, 2 MB paste (${large.text.length.toLocaleString("en-US")} chars): ${largeTimes.map((t) => t.toFixed(0)).join(", ")} ms (target ≤ ${TARGET_LARGE_MS} each)`,
  );
  if (worst > TARGET_LARGE_MS)
    failures.push(`intake 2 MB paste: ${worst.toFixed(0)} ms > ${TARGET_LARGE_MS} ms`);
  return failures;
}

/** `npm run bench -- --intake`: the intake figures alone, on their own app server. */
export async function runIntakeBench(): Promise<number> {
  const app = await startAppServer("bench-intake");
  try {
    const failures = await benchIntake(
      app.baseUrl,
      await signIn(app.baseUrl, "analyst@example.org"),
    );
    console.log(
      failures.length === 0
        ? "\nAll targets met."
        : `\nTargets missed:\n  ${failures.join("\n  ")}`,
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    await app.stop();
  }
}
