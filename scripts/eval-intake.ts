// `npm run eval:intake`: measures the article-intake extractor on the labelled set in
// eval/intake/ (see its README for the format and the labelling rules). Every folder there
// holding articles is a half, scored on its own: dev/ is the development half, the halves in
// SEEN have had their misses studied, and any other folder (`test-10/`, …) is printed as
// held out. For each: precision and recall of DIRECT and REPORTED candidates (a match overlaps
// the expected passage by ≥ 80 % of each), speaker, deadline and kind accuracy over matched
// candidates, and p95 milliseconds per article (median of 5 runs). Exits 1 when a half misses
// a target of issue 10 (kind has no target: it is a guess the analyst confirms).
// `--verbose` lists every miss and false alarm; a half's folder name (`dev`, `test-3`) runs it alone.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractCandidates } from "@/lib/intake/extract";
import type { CandidateKind, ExtractedCandidate } from "@/lib/intake/types";

const TARGETS = {
  directPrecision: 0.95,
  directRecall: 0.9,
  reportedPrecision: 0.85,
  reportedRecall: 0.7,
  speaker: 0.9,
  deadline: 0.9,
  p95Ms: 150,
};
const OVERLAP = 0.8;
const root = join(import.meta.dirname, "..", "eval", "intake");
const verbose = process.argv.includes("--verbose");

interface Expected {
  form: "DIRECT" | "REPORTED";
  start: number;
  end: number;
  speakers: string[];
  deadline: string | null;
  kind: CandidateKind;
}
interface Article {
  file: string;
  date: string;
  text: string;
  expected: Expected[];
}

function readArticle(file: string): Article {
  const raw = readFileSync(file, "utf8");
  const [head = "", text = "", labels = ""] = raw.split(/^---\n/m);
  const date = /^date:\s*(\d{4}-\d{2}-\d{2})/m.exec(head)?.[1];
  if (!date) throw new Error(`${file}: no date`);
  const expected = labels
    .split("\n")
    .filter((l) => l.trim())
    .map((line) => {
      const [form = "", passage = "", speaker = "", deadline = "", kind = ""] = line
        .split(" | ")
        .map((s) => s.trim());
      if (form !== "DIRECT" && form !== "REPORTED") throw new Error(`${file}: bad form in ${line}`);
      if (!isKind(kind)) throw new Error(`${file}: bad kind in ${line}`);
      const start = text.indexOf(passage);
      if (start < 0) throw new Error(`${file}: passage not in the text: ${passage}`);
      return {
        form,
        start,
        end: start + passage.length,
        speakers: speaker.split("/").map(norm),
        deadline: deadline === "-" ? null : deadline,
        kind,
      } satisfies Expected;
    });
  return { file, date, text, expected };
}

const KINDS: readonly string[] = ["STATEMENT", "PROMISE", "PREDICTION", "ASSESSMENT"];
const isKind = (k: string): k is CandidateKind => KINDS.includes(k);

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/’/g, "'")
    .toLowerCase()
    .replace(/^the /, "")
    .trim();

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0 && inter >= OVERLAP * (a.end - a.start) && inter >= OVERLAP * (b.end - b.start);
}

interface Tally {
  predicted: Record<string, number>;
  expected: Record<string, number>;
  matched: Record<string, number>;
  speakerRight: number;
  speakerTotal: number;
  deadlineRight: number;
  deadlineTotal: number;
  kindRight: number;
  ms: number[];
  notes: string[];
}

function score(article: Article, found: ExtractedCandidate[], t: Tally): void {
  const used = new Set<number>();
  for (const c of found) t.predicted[c.form] = (t.predicted[c.form] ?? 0) + 1;
  for (const e of article.expected) {
    t.expected[e.form] = (t.expected[e.form] ?? 0) + 1;
    const k = found.findIndex((c, i) => !used.has(i) && c.form === e.form && overlaps(c, e));
    const name = article.file.split("/").slice(-2).join("/");
    if (k < 0) {
      t.notes.push(`${name}: MISSED ${e.form} «${article.text.slice(e.start, e.end)}»`);
      continue;
    }
    used.add(k);
    const c = found[k] as ExtractedCandidate;
    t.matched[e.form] = (t.matched[e.form] ?? 0) + 1;
    t.speakerTotal += 1;
    if (c.speaker && e.speakers.includes(norm(c.speaker.name))) t.speakerRight += 1;
    else
      t.notes.push(
        `${name}: SPEAKER «${c.speaker?.name ?? "none"}» expected «${e.speakers.join(" / ")}»`,
      );
    if (c.kind === e.kind) t.kindRight += 1;
    else t.notes.push(`${name}: KIND ${c.kind} expected ${e.kind} «${c.quote}»`);
    if (e.deadline !== null || c.resolveBy !== null) {
      t.deadlineTotal += 1;
      if (e.deadline === c.resolveBy) t.deadlineRight += 1;
      else
        t.notes.push(
          `${name}: DEADLINE ${c.resolveBy ?? "none"} expected ${e.deadline ?? "none"} «${c.quote}»`,
        );
    }
  }
  found.forEach((c, i) => {
    if (!used.has(i))
      t.notes.push(
        `${article.file.split("/").slice(-2).join("/")}: FALSE ${c.form} «${c.quote}» (${c.speaker?.name ?? "?"})`,
      );
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)] ?? 0;

function evaluate(half: string, articles: Article[]): boolean {
  const t: Tally = {
    predicted: {},
    expected: {},
    matched: {},
    speakerRight: 0,
    speakerTotal: 0,
    deadlineRight: 0,
    deadlineTotal: 0,
    kindRight: 0,
    ms: [],
    notes: [],
  };
  for (const article of articles) {
    // The median of five runs: the machine is shared, and one run can wait for the CPU.
    const runs: number[] = [];
    let found: ExtractedCandidate[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      found = extractCandidates(article.text, { articleDate: article.date });
      runs.push(performance.now() - started);
    }
    t.ms.push(runs.sort((x, y) => x - y)[2] ?? 0);
    score(article, found, t);
  }
  const m = (form: string) => ({
    p: ratio(t.matched[form] ?? 0, t.predicted[form] ?? 0),
    r: ratio(t.matched[form] ?? 0, t.expected[form] ?? 0),
  });
  const direct = m("DIRECT");
  const reported = m("REPORTED");
  const speaker = ratio(t.speakerRight, t.speakerTotal);
  const deadline = ratio(t.deadlineRight, t.deadlineTotal);
  const ms = p95(t.ms);
  const checks: [string, number, number, string][] = [
    [
      "DIRECT precision",
      direct.p,
      TARGETS.directPrecision,
      `${t.matched.DIRECT ?? 0}/${t.predicted.DIRECT ?? 0}`,
    ],
    [
      "DIRECT recall",
      direct.r,
      TARGETS.directRecall,
      `${t.matched.DIRECT ?? 0}/${t.expected.DIRECT ?? 0}`,
    ],
    [
      "REPORTED precision",
      reported.p,
      TARGETS.reportedPrecision,
      `${t.matched.REPORTED ?? 0}/${t.predicted.REPORTED ?? 0}`,
    ],
    [
      "REPORTED recall",
      reported.r,
      TARGETS.reportedRecall,
      `${t.matched.REPORTED ?? 0}/${t.expected.REPORTED ?? 0}`,
    ],
    ["speaker accuracy", speaker, TARGETS.speaker, `${t.speakerRight}/${t.speakerTotal}`],
    ["deadline accuracy", deadline, TARGETS.deadline, `${t.deadlineRight}/${t.deadlineTotal}`],
  ];
  console.log(`\n${half} half (${status(half)}): ${articles.length} articles`);
  let ok = true;
  for (const [label, value, target, counts] of checks) {
    const pass = value >= target;
    ok &&= pass;
    console.log(
      `  ${label.padEnd(20)} ${value.toFixed(3)}  (${counts}; target ≥ ${target})  ${pass ? "ok" : "BELOW TARGET"}`,
    );
  }
  const kind = ratio(t.kindRight, t.speakerTotal);
  console.log(
    `  ${"kind accuracy".padEnd(20)} ${kind.toFixed(3)}  (${t.kindRight}/${t.speakerTotal}; no target)`,
  );
  const fast = ms <= TARGETS.p95Ms;
  ok &&= fast;
  console.log(
    `  ${"p95 ms / article".padEnd(20)} ${ms.toFixed(1)}  (max ${Math.max(...t.ms).toFixed(1)}; target ≤ ${TARGETS.p95Ms})  ${fast ? "ok" : "ABOVE TARGET"}`,
  );
  if (verbose) for (const note of t.notes) console.log(`    ${note}`);
  return ok;
}

const load = (half: string) =>
  readdirSync(join(root, half))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readArticle(join(root, half, f)));

/**
 * How each half has been used. dev/ is tuned on; the SEEN halves were held out once, scored,
 * and their misses then studied (see the README); every other folder is held out.
 */
const DEVELOPMENT = "dev";
const SEEN = new Set([
  "test",
  "test-2",
  "test-3",
  "test-4",
  "test-5",
  "test-6",
  "test-7",
  "test-8",
]);
const status = (half: string) =>
  half === DEVELOPMENT ? "development" : SEEN.has(half) ? "seen" : "held out";

const isHalf = (d: string) =>
  /^[\w-]+$/.test(d) &&
  statSync(join(root, d), { throwIfNoEntry: false })?.isDirectory() === true &&
  readdirSync(join(root, d)).some((f) => f.endsWith(".txt"));
// A half named on the command line is the only folder read: a held-out half is not even
// listed, loaded or warmed up on while another is being looked at.
// A word that names no half (a typo: `test4`) is an error, never a run over every folder,
// which would score the held-out halves by accident.
const named = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = named.filter((a) => !isHalf(a));
if (unknown.length > 0) {
  console.error(`No half named ${unknown.join(", ")} in eval/intake/.`);
  process.exit(2);
}
const only = named[0];
/** The half named, or every folder under eval/intake/ with an article: dev first, then by name. */
const HALVES = only
  ? [only]
  : readdirSync(root)
      .filter(isHalf)
      .sort((a, b) => Number(b === DEVELOPMENT) - Number(a === DEVELOPMENT) || a.localeCompare(b));
const halves = new Map(HALVES.map((h) => [h, load(h)]));
// The first call loads compromise's lexicon; time it apart, then measure warm articles.
const cold = performance.now();
extractCandidates("Warm-up: “We will win,” he said.", { articleDate: "2026-01-01" });
console.log(`first call (loads the lexicon): ${(performance.now() - cold).toFixed(0)} ms`);
for (const a of [...halves.values()].flat()) extractCandidates(a.text, { articleDate: a.date });

let passed = true;
for (const [half, articles] of halves) {
  passed = evaluate(half, articles) && passed;
}
console.log(passed ? "\nAll targets met." : "\nSome targets were missed.");
process.exit(passed ? 0 : 1);
