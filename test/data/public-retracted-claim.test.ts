// A retracted claim carries no ClaimReview; the API reading and the feed show the retraction
// and its correction note instead. Real PostgreSQL, real use cases.
import { beforeAll, describe, expect, it } from "vitest";
import { getClaim } from "@/lib/claims/queries";
import { getClaimReviewData } from "@/lib/public/claim-review-data";
import { listFeedItems } from "@/lib/public/feed-entries";
import { retractClaim } from "@/lib/review/retract-claim";
import {
  draftClaim,
  makeActorNamed,
  makeTeam,
  publish,
  recordOutcomeOf,
  tag,
  type Team,
} from "@/test/support/public-factories";

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
