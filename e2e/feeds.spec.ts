import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createActor } from "./support/factories";
import {
  createClaim,
  publish,
  recordOutcome,
  signedInTeam,
  submit,
} from "./support/public-workflow";

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  link: string | null;
  author: string;
  summary: string;
}

/** Parses XML with the browser's strict parser; a malformed document fails the test. */
async function parseXml(page: Page, xml: string, namespace: string) {
  return page.evaluate(
    ({ xml, namespace }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      const text = (el: Element, name: string) =>
        el.getElementsByTagNameNS(namespace, name)[0]?.textContent ?? "";
      const entries = [...doc.getElementsByTagNameNS(namespace, "entry")].map((e) => ({
        id: text(e, "id"),
        title: text(e, "title"),
        updated: text(e, "updated"),
        link: e.getElementsByTagNameNS(namespace, "link")[0]?.getAttribute("href") ?? null,
        author: text(e, "name"),
        summary: text(e, "summary"),
      }));
      const locs = [...doc.getElementsByTagNameNS(namespace, "loc")].map((l) => l.textContent);
      return { error, root: doc.documentElement.localName, entries, locs };
    },
    { xml, namespace },
  );
}

test("the Atom feed is well-formed and lists published claims and approved outcomes, newest first", async ({
  playwright,
  baseURL,
  page,
  request,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const mark = randomUUID().slice(0, 8);
  const actor = await createActor(`Feed claimant ${mark}`);
  const claim = await createClaim(team, {
    claimantId: actor.id,
    statement: `Prices fall ${mark} <soon> & "surely".`,
  });
  await publish(team, claim.id);
  await recordOutcome(team, claim.id, { status: "NOT_HELD", note: `Prices rose ${mark}.` });
  await publish(team, claim.id);
  const unapproved = await createClaim(team, {
    claimantId: actor.id,
    statement: `Waiting ${mark}.`,
  });
  await submit(team, unapproved.id);

  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = await parseXml(page, await response.text(), "http://www.w3.org/2005/Atom");
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("feed");
  expect(feed.entries.length).toBeGreaterThan(0);
  expect(feed.entries.length).toBeLessThanOrEqual(50);

  const claimUrl = new URL(`/claims/${claim.id}`, baseURL).href;
  const claimEntry = feed.entries.find((e: ParsedEntry) => e.id === `urn:uuid:${claim.id}`);
  expect(claimEntry).toMatchObject({
    title: `Feed claimant ${mark}: Prices fall ${mark} <soon> & "surely".`,
    link: claimUrl,
    author: "Claimwatch",
  });
  const outcomeEntry = feed.entries.find((e: ParsedEntry) =>
    e.summary.includes(`Prices rose ${mark}.`),
  );
  expect(outcomeEntry?.title).toMatch(/^Outcome: Not held — /);
  expect(outcomeEntry?.link).toMatch(new RegExp(`^${claimUrl}#outcome-`));
  expect(feed.entries.some((e: ParsedEntry) => e.title.includes(`Waiting ${mark}`))).toBe(false);

  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^urn:uuid:/);
    expect(entry.title).not.toBe("");
    expect(entry.author).not.toBe("");
    expect(entry.summary).not.toBe("");
    expect(entry.link).toMatch(/^http/);
  }
  const times = feed.entries.map((e: ParsedEntry) => Date.parse(e.updated));
  expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  // The outcome was approved after the claim was published, so it comes first.
  const ids = feed.entries.map((e: ParsedEntry) => e.id);
  expect(ids.indexOf(outcomeEntry?.id ?? "")).toBeLessThan(ids.indexOf(`urn:uuid:${claim.id}`));
  await team.dispose();
});

test("the sitemap index names files that list public pages, and robots.txt points to it", async ({
  page,
  request,
}) => {
  const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  const parsedIndex = await parseXml(page, await index.text(), ns);
  expect(parsedIndex.error).toBeNull();
  expect(parsedIndex.root).toBe("sitemapindex");
  const paths: string[] = [];
  for (const loc of parsedIndex.locs) {
    const file = await request.get(new URL(loc ?? "").pathname);
    expect(file.status()).toBe(200);
    const parsed = await parseXml(page, await file.text(), ns);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("urlset");
    expect(parsed.locs.length).toBeLessThanOrEqual(50_000);
    paths.push(...parsed.locs.map((l) => new URL(l ?? "").pathname));
  }
  expect(paths).toEqual(expect.arrayContaining(["/", "/claims"]));
  expect(paths.some((p) => p.startsWith("/claims/"))).toBe(true);
  expect(paths.some((p) => p.startsWith("/actors/"))).toBe(true);
  expect(paths).toContain("/topics/russia-ukraine-peace-talks");
  expect(paths.some((p) => /dashboard|review|sign-in|admin/.test(p))).toBe(false);

  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/dashboard", "/admin", "/review", "/api/auth", "/sign-in"]) {
    expect(robots).toContain(`Disallow: ${path}`);
  }
  expect(robots).toContain("Allow: /");
  expect(robots).toMatch(/Sitemap: http\S+\/sitemap\.xml/);
});
