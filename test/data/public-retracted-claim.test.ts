// A retracted claim carries no ClaimReview; the API reading and the feed show the retraction
// and its correction note instead. Real PostgreSQL, real use cases.
import { beforeAll, describe, expect, it } from "vitest";
import { getClaim } from "@/lib/claims/queries";
import { getClaimReviewData } from "@/lib/public/claim-review-data";
import { listFeedItems } from "@/lib/public/feed-entries";
import { retractClaim } from "@/lib/review/retract-claim";
import { withdrawCitation } from "@/lib/citations/withdraw-citation";
import {
  cite,
  draftClaim,
  makeSourceWith,
  makeActorNamed,
  makeTeam,
  publish,
  recordOutcomeOf,
  type Team,
} from "@/test/support/public-factories";
import { tag } from "@/test/support/factories";

let team: Team;
const t = tag();
const NOTE = `Withdrawn: the quote was misattributed (${t}).`;
let held = "";
let standing = "";

beforeAll(async () => {
  team = await makeTeam();
  const actor = await makeActorNamed(team, `Retracted claimant ${t}`);
  held = await draftClaim(team, actor.id, { statement: `Peace by Friday ${t}.` });
  await recordOutcomeOf(team, held, "HELD", `Signed on Friday ${t}.`);
  await publish(team, held);
  standing = await draftClaim(team, actor.id, { statement: `Still standing ${t}.` });
  await recordOutcomeOf(team, standing, "NOT_HELD", `Never happened ${t}.`);
  await publish(team, standing);
});

describe("a retracted claim", () => {
  it("had its ClaimReview while it stood, and has none once retracted", async () => {
    expect(await getClaimReviewData(held)).toMatchObject({ outcome: "HELD" });
    await retractClaim.execute(team.editor, { claimId: held, correctionNote: NOTE });
    expect(await getClaimReviewData(held)).toBeNull();
    // Other claims keep theirs.
    expect(await getClaimReviewData(standing)).toMatchObject({ outcome: "NOT_HELD" });
  });

  it("shows the retraction and its note in the API reading", async () => {
    const claim = await getClaim(null, held, "public");
    expect(claim).toMatchObject({ editorialStatus: "RETRACTED", correctionNote: NOTE });
    expect(claim.retractedAt).not.toBeNull();
  });

  it("leads the feed with the retraction, and marks its verdict as retracted", async () => {
    const items = await listFeedItems();
    const mine = items.filter((i) => i.path.startsWith(`/claims/${held}`));
    const claimItem = mine.find((i) => i.path === `/claims/${held}`);
    expect(claimItem?.title).toMatch(/^Retracted: /);
    expect(claimItem?.summary).toContain(NOTE);
    const outcomeItem = mine.find((i) => i.path.includes("#outcome-"));
    expect(outcomeItem?.title).toMatch(/^Retracted: Outcome: Held — /);
    expect(outcomeItem?.summary).toBe(
      `The claim was retracted: ${NOTE} (2026-01-10: Signed on Friday ${t}.)`,
    );
    const other = items.find((i) => i.path.startsWith(`/claims/${standing}#outcome-`));
    expect(other?.title).toMatch(/^Outcome: Not held — /);
  });
});

describe("ClaimReview appearances", () => {
  it("leave out a citation once its withdrawal is approved", async () => {
    const actor = await makeActorNamed(team, `Cited claimant ${t}`);
    const claimId = await draftClaim(team, actor.id, { statement: `The dam opens ${t}.` });
    const kept = await makeSourceWith(team, "Report: the dam opens.");
    const wrong = await makeSourceWith(team, "Rumour: the dam opens.");
    await cite(team, claimId, kept.id, "the dam opens");
    const bad = await cite(team, claimId, wrong.id, "the dam opens");
    await recordOutcomeOf(team, claimId, "HELD", `It opened ${t}.`);
    await publish(team, claimId);
    const urls = async () => (await getClaimReviewData(claimId))?.sources.map((s) => s.url);
    expect(await urls()).toEqual([kept.url, wrong.url]);

    await withdrawCitation.execute(team.analyst, {
      claimId,
      citationId: bad.id,
      reason: "A rumour, not a report.",
    });
    // Still public until the withdrawal is approved with the claim's next review.
    expect(await urls()).toEqual([kept.url, wrong.url]);
    await publish(team, claimId);
    expect(await urls()).toEqual([kept.url]);
  });
});
