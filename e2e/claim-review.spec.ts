import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createActor } from "./support/factories";
import {
  cite,
  createClaim,
  createSource,
  publish,
  recordOutcome,
  signedInTeam,
} from "./support/public-workflow";

interface ClaimReview {
  "@context": string;
  "@type": string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": string; name: string };
  itemReviewed: {
    "@type": string;
    author: { "@type": string; name: string };
    datePublished: string;
    appearance: { "@type": string; url: string }[];
    firstAppearance: { "@type": string; url: string };
  };
  reviewRating: Record<string, unknown>;
}

test("a published, resolved claim carries one parseable ClaimReview block with every field", async ({
  playwright,
  baseURL,
  browser,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const mark = randomUUID().slice(0, 8);
  // User text that would end the script element if it were not escaped.
  const statement = `The deal is done ${mark} </script><script>window.__pwned = true</script> & more`;
  const actor = await createActor(`Claimant ${mark}`);
  const claim = await createClaim(team, {
    claimantId: actor.id,
    statement,
    madeAt: "2025-12-15",
    kind: "PREDICTION",
  });
  const later = await createSource(team, `Later: the deal is done ${mark}.`, "2025-12-18");
  const earlier = await createSource(team, `Earlier: the deal is done ${mark}.`, "2025-12-15");
  await cite(team, claim.id, later.id, `the deal is done ${mark}`);
  await cite(team, claim.id, earlier.id, `the deal is done ${mark}`);
  await recordOutcome(team, claim.id, { status: "HELD", note: `Signed on 16 December ${mark}.` });

  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  // Not published yet: no page at all, so no markup.
  expect((await page.goto(`/claims/${claim.id}`))?.status()).toBe(404);
  await publish(team, claim.id);

  // Public pages are cached; the publication reaches the cache within a moment.
  await expect(async () => {
    expect((await page.goto(`/claims/${claim.id}`))?.status()).toBe(200);
  }).toPass({ timeout: 5000 });
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  const review = JSON.parse((await blocks.textContent()) ?? "") as ClaimReview;
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);

  const pageUrl = new URL(`/claims/${claim.id}`, baseURL).href;
  expect(review).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: statement,
    author: { "@type": "Organization", name: "Claimwatch" },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: `Claimant ${mark}` },
      datePublished: "2025-12-15",
      firstAppearance: { "@type": "CreativeWork", url: earlier.url },
    },
    reviewRating: {
      "@type": "Rating",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Held",
      ratingExplanation: `Signed on 16 December ${mark}.`,
    },
  });
  expect(review.itemReviewed.appearance.map((a) => a.url)).toEqual([earlier.url, later.url]);
  expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);

  // Link previews: OpenGraph and Twitter tags with the absolute address.
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", pageUrl);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    new RegExp(`^Claimant ${mark}: The deal is done`),
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    /Outcome: Held\.$/,
  );
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute(
    "content",
    new RegExp(`^Claimant ${mark}`),
  );

  await anonymous.close();
  await team.dispose();
});

test("a claim whose public outcome is still open has no ClaimReview block", async ({ page }) => {
  // The demo claim about Article 5 guarantees is published and IN_PROGRESS.
  await page.goto("/claims?q=Article+5");
  await page.getByRole("link", { name: /similar to Article 5 of the NATO treaty/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Article 5");
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test("the demo claim resolved NOT_HELD is rated 1 of 5 with its outcome note", async ({ page }) => {
  await page.goto("/claims?q=closer+to+peace");
  await page.getByRole("link", { name: /closer to peace by the end of this day/ }).click();
  const review = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
  ) as ClaimReview;
  expect(review.reviewRating).toMatchObject({
    ratingValue: 1,
    alternateName: "Not held",
    ratingExplanation: expect.stringMatching(/No agreement was announced/),
  });
  expect(review.itemReviewed.author).toEqual({ "@type": "Person", name: "Rustem Umerov" });
});
