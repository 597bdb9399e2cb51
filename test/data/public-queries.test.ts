// The public site's machine-readable outputs read only what is published: the feed, the
// sitemap, the ClaimReview facts, related claims and the exports.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listFeedItems } from "@/lib/public/feed-entries";
import { listSitemapFiles, listSitemapItems } from "@/lib/public/sitemap-entries";
import { getClaimReviewData } from "@/lib/public/claim-review-data";
import { listRelatedClaims } from "@/lib/claims/related-claims";
import { exportClaimBatches } from "@/lib/public/export-claims";
import { claimsCsv, claimsJson } from "@/lib/public/export-formats";
import { ZClaimFilters } from "@/lib/claims/filters";
import { retractClaim } from "@/lib/review/retract-claim";
import {
  cite,
  draftClaim,
  makeActorNamed,
  makeSourceWith,
  makeTeam,
  makeTopicNamed,
  publish,
  recordOutcomeOf,
  reviseStatement,
  submit,
  type Team,
} from "@/test/support/public-factories";
import { tag } from "@/test/support/factories";

let team: Team;
const t = tag();
const SECRET = `secret${t}`;
const c = { resolved: "", pending: "", draft: "", sibling: "", topical: "", retracted: "" };
let actorId = "";
let topicId = "";
let loneActorId = "";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

beforeAll(async () => {
  team = await makeTeam();
  const actor = await makeActorNamed(team, `Claimant ${t}`);
  actorId = actor.id;
  loneActorId = (await makeActorNamed(team, `Only drafts ${t}`)).id;
  topicId = (await makeTopicNamed(`Topic ${t}`)).id;
  const early = await makeSourceWith(team, "Early report: the dam opens.", new Date("2025-01-02"));
  const late = await makeSourceWith(team, "Later report: the dam opens.", new Date("2025-02-03"));

  c.resolved = await draftClaim(team, actor.id, {
    statement: `The dam ${t} opens.`,
    topicIds: [topicId],
  });
  await cite(team, c.resolved, late.id, "the dam opens");
  await cite(team, c.resolved, early.id, "the dam opens");
  await recordOutcomeOf(team, c.resolved, "HELD", `It opened ${t}.`);
  await publish(team, c.resolved);
  // Unpublished changes on the published claim: a new revision, citation and outcome note.
  await reviseStatement(team, c.resolved, `The dam ${t} opens ${SECRET}.`);
  const hidden = await makeSourceWith(team, `Hidden ${SECRET}`);
  await cite(team, c.resolved, hidden.id, SECRET);
  await recordOutcomeOf(team, c.resolved, "NOT_HELD", `Note ${SECRET}`, "2026-02-01");
  await submit(team, c.resolved);

  c.pending = await draftClaim(team, actor.id, { statement: `Pending ${t}.` });
  await publish(team, c.pending);
  c.draft = await draftClaim(team, loneActorId, {
    statement: `Draft ${SECRET}.`,
    topicIds: [topicId],
  });
  c.sibling = await draftClaim(team, actor.id, { statement: `Sibling ${t}.` });
  await publish(team, c.sibling);
  const other = await makeActorNamed(team, `Other ${t}`);
  c.topical = await draftClaim(team, other.id, { statement: `Topical ${t}.`, topicIds: [topicId] });
  await publish(team, c.topical);
  c.retracted = await draftClaim(team, other.id, { statement: `Retracted ${t}.` });
  await publish(team, c.retracted);
  await retractClaim.execute(team.editor, {
    claimId: c.retracted,
    correctionNote: `Withdrawn: misattributed ${t}.`,
  });
});

describe("feed items", () => {
  it("holds published claims and approved outcomes, newest first, and nothing unpublished", async () => {
    const items = await listFeedItems();
    const text = JSON.stringify(items);
    expect(text).not.toContain(SECRET);
    const paths = items.map((i) => i.path);
    expect(paths).toContain(`/claims/${c.resolved}`);
    expect(paths).not.toContain(`/claims/${c.draft}`);
    const outcome = items.find((i) => i.path.startsWith(`/claims/${c.resolved}#outcome-`));
    expect(outcome?.summary).toBe(`2026-01-10: It opened ${t}.`);
    expect(outcome?.title).toMatch(/^Outcome: Held — /);
    const times = items.map((i) => Date.parse(i.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A retraction is news: it leads, flagged in the title with its note in the summary.
    expect(items[0]).toMatchObject({
      path: `/claims/${c.retracted}`,
      title: `Retracted: Other ${t}: Retracted ${t}.`,
    });
    expect(items[0]?.summary).toContain(`Withdrawn: misattributed ${t}.`);
    for (const item of items) expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});

async function everySitemapPath(perFile?: number): Promise<string[][]> {
  const files = (await listSitemapFiles(perFile)).filter((f) => !f.startsWith("sources-"));
  return Promise.all(
    files.map(async (f) => (await listSitemapItems(f, perFile)).map((i) => i.path)),
  );
}

describe("sitemap items", () => {
  it("splits the published claims into files of at most the limit, each claim once", async () => {
    const files = await everySitemapPath(2);
    const claimFiles = files.slice(1);
    expect(claimFiles.length).toBeGreaterThan(1);
    for (const file of claimFiles) expect(file.length).toBeLessThanOrEqual(2);
    const claims = claimFiles.flat();
    expect(new Set(claims).size).toBe(claims.length);
    const published = await db.claim.count({ where: { publishedRevisionId: { not: null } } });
    expect(claims).toHaveLength(published);
    expect(files[0]).toEqual(expect.arrayContaining(["/", "/claims"]));
  });

  it("lists published claims and the actor and topic pages that have one", async () => {
    const paths = (await everySitemapPath()).flat();
    expect(paths).toEqual(
      expect.arrayContaining([
        `/claims/${c.resolved}`,
        `/claims/${c.retracted}`,
        `/actors/${actorId}`,
      ]),
    );
    expect(paths).not.toContain(`/claims/${c.draft}`);
    expect(paths).not.toContain(`/actors/${loneActorId}`);
    const topic = await db.topic.findUniqueOrThrow({ where: { id: topicId } });
    expect(paths).toContain(`/topics/${topic.slug}`);
  });
});

describe("ClaimReview facts", () => {
  it("come from the published revision, the approved outcome and the approved citations", async () => {
    const facts = await getClaimReviewData(c.resolved);
    expect(facts).toMatchObject({
      statement: `The dam ${t} opens.`,
      outcome: "HELD",
      explanation: `It opened ${t}.`,
      madeAt: "2025-12-15",
      claimant: { name: `Claimant ${t}`, kind: "PERSON" },
    });
    expect(facts?.sources.map((s) => s.publishedAt)).toEqual([
      "2025-02-03T00:00:00.000Z",
      "2025-01-02T00:00:00.000Z",
    ]);
    expect(JSON.stringify(facts)).not.toContain(SECRET);
  });

  it("are null for an unresolved claim and for one that is not published", async () => {
    expect(await getClaimReviewData(c.pending)).toBeNull();
    expect(await getClaimReviewData(c.draft)).toBeNull();
  });
});

describe("related claims", () => {
  it("are published claims by the same claimant first, then on the same topic", async () => {
    const related = await listRelatedClaims({
      id: c.resolved,
      claimantId: actorId,
      topicIds: [topicId],
    });
    const relatedIds = related.map((r) => r.id);
    expect(relatedIds.slice(0, 2).sort()).toEqual([c.pending, c.sibling].sort());
    expect(relatedIds[2]).toBe(c.topical);
    expect(relatedIds).not.toContain(c.resolved);
    expect(relatedIds).not.toContain(c.draft);
    expect(relatedIds.length).toBeLessThanOrEqual(5);
  });
});

describe("exports", () => {
  it("hold every published match across batches, in the public reading", async () => {
    const filters = ZClaimFilters.parse({ q: t });
    const batches: string[][] = [];
    for await (const batch of exportClaimBatches(filters, 2)) batches.push(batch.map((b) => b.id));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat().sort()).toEqual(
      [c.resolved, c.pending, c.sibling, c.topical, c.retracted].sort(),
    );
  });

  it("write CSV with a byte-order mark and a header row and JSON with the filters, honouring the filters", async () => {
    const filters = ZClaimFilters.parse({ q: t, actor: actorId });
    const csv = await collect(claimsCsv(filters, "https://claims.example"));
    // A UTF-8 byte-order mark first, so that Excel reads accents right.
    expect(csv.startsWith("\uFEFFid,url,")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^id,url,statement,isVerbatim,claimantId,/);
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`https://claims.example/claims/${c.resolved}`);
    expect(csv).not.toContain(SECRET);
    const json = JSON.parse(await collect(claimsJson(filters, "https://claims.example"))) as {
      filters: Record<string, string>;
      items: { id: string; statement: string }[];
    };
    expect(json.filters).toEqual({ q: t, actor: actorId });
    expect(json.items.map((i) => i.id).sort()).toEqual([c.resolved, c.pending, c.sibling].sort());
    expect(JSON.stringify(json)).not.toContain(SECRET);
  });
});
