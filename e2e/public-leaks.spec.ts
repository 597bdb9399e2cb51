import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { ClaimPage } from "./support/api";
import { createActor } from "./support/factories";
import {
  cite,
  createClaim,
  createSource,
  publish,
  recordOutcome,
  requestChanges,
  reviseStatement,
  signedInTeam,
  submit,
} from "./support/public-workflow";

// Nothing unpublished may reach an anonymous visitor, by any public door: pages, search,
// the API, the feed, the sitemap, the exports, the ClaimReview markup, or an error page.

test("no unpublished statement, revision, outcome note or quote reaches an anonymous visitor", async ({
  playwright,
  baseURL,
  browser,
}) => {
  test.setTimeout(90_000);
  const team = await signedInTeam(playwright, baseURL);
  const mark = `qx${randomUUID().slice(0, 8)}`;
  const secret = {
    draft: `${mark}draftsecret`,
    inReview: `${mark}reviewsecret`,
    changes: `${mark}changessecret`,
    revision: `${mark}revisionsecret`,
    note: `${mark}notesecret`,
    quote: `${mark}quotesecret`,
  };
  const actor = await createActor(`Leak test claimant ${mark}`);
  const claimantId = actor.id;

  const draft = await createClaim(team, { claimantId, statement: `Draft ${secret.draft}.` });
  const inReview = await createClaim(team, { claimantId, statement: `Review ${secret.inReview}.` });
  await submit(team, inReview.id);
  const changes = await createClaim(team, {
    claimantId,
    statement: `Send back ${secret.changes}.`,
  });
  await requestChanges(team, await submit(team, changes.id));

  // A published, resolved claim, then unpublished changes to it, waiting for review.
  const published = await createClaim(team, {
    claimantId,
    statement: `Published ${mark} and visible.`,
  });
  const source = await createSource(team, `A report: published ${mark} and visible.`);
  await cite(team, published.id, source.id, `published ${mark} and visible`);
  await recordOutcome(team, published.id, { status: "HELD", note: `Approved note ${mark}.` });
  await publish(team, published.id);
  const current = (await (
    await team.analyst.get(`/api/v1/claims/${published.id}?scope=internal`)
  ).json()) as typeof published;
  await reviseStatement(team, current, `Published ${mark} now ${secret.revision}.`);
  const hidden = await createSource(team, `Hidden passage: ${secret.quote} in the text.`);
  await cite(team, published.id, hidden.id, secret.quote);
  await recordOutcome(team, published.id, {
    status: "NOT_HELD",
    note: `Unapproved ${secret.note}.`,
    occurredAt: "2026-02-01",
  });
  await submit(team, published.id);

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const api: APIRequestContext = anonymous.request;
  const leaks = (text: string) => Object.values(secret).filter((s) => text.includes(s));
  const checked: string[] = [];
  async function expectClean(path: string, status = 200) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(status);
    expect(leaks(await response.text()), path).toEqual([]);
    checked.push(path);
  }

  for (const path of ["/", "/claims", `/claims?q=${mark}`, `/claims?actor=${claimantId}`]) {
    await expectClean(path);
  }
  // Searching for a secret word finds nothing (the page only echoes the visitor's own words
  // back in the search box and the links that keep the search).
  for (const word of Object.values(secret)) {
    await visitor.goto(`/claims?q=${word}`);
    await expect(visitor.getByRole("status")).toHaveText("0 claims match, most relevant first.");
    const results = await visitor.getByRole("region", { name: "Results" }).innerText();
    expect(leaks(results), word).toEqual([]);
    const found = (await (await api.get(`/api/v1/claims?q=${word}`)).json()) as ClaimPage;
    expect(found.total, word).toBe(0);
    const exported = await (await api.get(`/api/v1/export/claims.csv?q=${word}`)).text();
    expect(exported.trim().split("\r\n"), word).toHaveLength(1);
  }
  // The published claim shows its approved revision, outcome and citation only.
  await expectClean(`/claims/${published.id}`);
  await visitor.goto(`/claims/${published.id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(
    `Published ${mark} and visible.`,
  );
  const jsonLd = await visitor.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).toContain(`Approved note ${mark}.`);
  expect(leaks(jsonLd ?? "")).toEqual([]);
  // The cited source has a public page; the source only an unapproved citation uses has none.
  await expectClean(`/sources/${source.id}`);
  await expectClean(`/api/v1/sources/${source.id}`);
  await expectClean(`/sources/${hidden.id}`, 404);
  await expectClean(`/api/v1/sources/${hidden.id}`, 404);
  for (const claim of [draft, inReview, changes]) {
    await expectClean(`/claims/${claim.id}`, 404);
    await expectClean(`/api/v1/claims/${claim.id}`, 404);
    await expectClean(`/api/v1/claims/${claim.id}/citations`, 404);
    await expectClean(`/api/v1/claims/${claim.id}/outcomes`, 404);
  }
  await expectClean(`/api/v1/claims/${published.id}`);
  await expectClean(`/api/v1/claims/${published.id}/citations`);
  await expectClean(`/api/v1/claims/${published.id}/outcomes`);
  await expectClean(`/api/v1/claims/${published.id}/forecasts`);
  await expectClean("/api/v1/claims?pageSize=100");
  await expectClean(`/api/v1/claims?q=${mark}`);
  await expectClean(`/api/v1/claims?scope=internal`, 401);
  await expectClean("/feed.xml");
  await expectClean("/sitemap.xml");
  await expectClean("/sitemaps/0.xml");
  await expectClean("/sitemaps/1.xml");
  await expectClean("/api/v1/export/claims.csv");
  await expectClean("/api/v1/export/claims.json");
  await expectClean(`/api/v1/export/claims.csv?q=${mark}`);
  await expectClean(`/api/v1/export/claims.json?actor=${claimantId}`);
  await expectClean(`/claims/${randomUUID()}`, 404);
  await expectClean(`/api/v1/claims/not-a-claim`, 404);

  // The sitemap and feed list the published claim and none of the others.
  const sitemap = (
    await Promise.all(
      ["/sitemap.xml", "/sitemaps/0.xml", "/sitemaps/1.xml"].map(async (p) =>
        (await api.get(p)).text(),
      ),
    )
  ).join("\n");
  expect(sitemap).toContain(`/claims/${published.id}`);
  const feed = await (await api.get("/feed.xml")).text();
  expect(feed).toContain(`urn:uuid:${published.id}`);
  for (const claim of [draft, inReview, changes]) {
    expect(sitemap).not.toContain(claim.id);
    expect(feed).not.toContain(claim.id);
  }
  // The search and export see the published claim, so the checks above looked somewhere real.
  const listed = (await (await api.get(`/api/v1/claims?q=${mark}`)).json()) as ClaimPage;
  expect(listed.items.map((c) => c.id)).toEqual([published.id]);
  expect(listed.items[0]?.outcomeStatus).toBe("HELD");
  expect(checked.length).toBeGreaterThan(30);

  await anonymous.close();
  await team.dispose();
});
