// The team's claim search (/claims/team): the members' filters (editorial status, author,
// overdue, open forecast) over the working copies, on a real database. The public reading never shows a
// draft whatever member filter is sent, and a visitor cannot read the working copies.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { searchClaims } from "@/lib/claims/search-claims";
import type { MemberClaimFilters } from "@/lib/claims/member-filters";
import { ZTeamClaimSearch } from "@/lib/claims/team-search";
import { fieldErrorsFrom } from "@/lib/errors";
import { db } from "@/lib/db";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { listMyOpenForecasts } from "@/lib/dashboard/list-my-open-forecasts";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeUser } from "@/test/support/factories";

let ana: SessionUser;
let ben: SessionUser;
const ids: Record<string, string> = {};
const future = new Date(Date.UTC(2099, 0, 1));
const past = new Date(Date.UTC(2025, 0, 1));

beforeAll(async () => {
  ana = await makeUser("ANALYST", { name: "Ana" });
  ben = await makeUser("EDITOR", { name: "Ben" });
  const make = async (name: string, by: SessionUser, data: object, published = false) => {
    ids[name] = (await makeClaim(by.id, { published, data })).id;
  };
  await make("anaDraft", ana, { resolveBy: future });
  await make("anaChanges", ana, { editorialStatus: "CHANGES_REQUESTED", resolveBy: null });
  await make("anaReview", ana, { editorialStatus: "IN_REVIEW", resolveBy: future });
  await make("anaPublished", ana, { resolveBy: future }, true);
  await make("anaOverdue", ana, { resolveBy: past });
  await make("anaOverdueResolved", ana, { resolveBy: past, outcomeStatus: "HELD" });
  await make("benDraft", ben, { resolveBy: null });
});

/** Every id on every page of a team search as `user`, following the cursors. */
async function found(
  user: SessionUser,
  member: MemberClaimFilters,
  scope: "internal" | "public" = "internal",
) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await searchClaims(user, NO_FILTERS, { scope, member, cursor, pageSize: 50 });
    seen.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

const NO_FILTERS = { from: null, to: null };
const named = (...names: string[]) => names.map((n) => ids[n]).sort();
const mine = (seen: string[]) => seen.filter((id) => Object.values(ids).includes(id)).sort();

describe("the members' filters", () => {
  it("'mine' is every claim the member wrote, whatever its status", async () => {
    expect(mine(await found(ana, { author: "me" }))).toEqual(
      named(
        "anaDraft",
        "anaChanges",
        "anaReview",
        "anaPublished",
        "anaOverdue",
        "anaOverdueResolved",
      ),
    );
  });

  it("drafts include those sent back with changes requested", async () => {
    expect(mine(await found(ana, { author: "me", status: "drafts" }))).toEqual(
      named("anaDraft", "anaChanges", "anaOverdue", "anaOverdueResolved"),
    );
  });

  it("an author is any member, by id; the same search as another member gives the same list", async () => {
    expect(mine(await found(ana, { author: ben.id }))).toEqual(named("benDraft"));
    expect(mine(await found(ben, { author: ana.id, status: "review" }))).toEqual(
      named("anaReview"),
    );
  });

  it("overdue is past the resolve-by date and still awaited, as on the dashboard", async () => {
    expect(mine(await found(ana, { overdue: "1" }))).toEqual(named("anaOverdue"));
  });

  it("'my open forecast' is every open claim the member forecast, as on the dashboard", async () => {
    const resolved = (await makeClaim(ben.id, { data: { resolveBy: future } })).id;
    for (const claimId of [ids.anaDraft!, ids.benDraft!, ids.anaReview!, resolved]) {
      await recordForecast.execute(ana, { claimId, probability: 40 });
    }
    await recordForecast.execute(ana, { claimId: ids.anaDraft!, probability: 60 });
    await recordForecast.execute(ben, { claimId: ids.anaPublished!, probability: 70 });
    await db.claim.update({ where: { id: resolved }, data: { outcomeStatus: "HELD" } });

    const seen = await found(ana, { forecast: "mine" });
    expect(seen.sort()).toEqual(named("anaDraft", "benDraft", "anaReview"));
    expect((await listMyOpenForecasts(ana)).total).toBe(seen.length);
    expect(mine(await found(ben, { forecast: "mine" }))).toEqual(named("anaPublished"));
  });

  it("the public reading ignores them: no draft, only what is published", async () => {
    const seen = mine(await found(ana, { status: "drafts", author: "me" }, "public"));
    expect(seen).toContain(ids.anaPublished);
    expect(seen).not.toContain(ids.anaDraft);
    expect(seen).not.toContain(ids.benDraft);
  });

  it("a visitor cannot read the working copies", async () => {
    await expectAppError(
      searchClaims(null, NO_FILTERS, { scope: "internal", member: { status: "drafts" } }),
      "UNAUTHORIZED",
    );
  });
});

describe("ZTeamClaimSearch", () => {
  it("names each wrong member filter, and reads the checkbox's 'on' as overdue", () => {
    const bad = ZTeamClaimSearch.safeParse({
      status: "DRAFT",
      author: "someone",
      overdue: "yes",
      forecast: "theirs",
    });
    expect(bad.success).toBe(false);
    expect(fieldErrorsFrom(bad.error!)).toMatchObject({
      status: "Choose an editorial status from the list",
      author: "Choose an author from the list",
      overdue: "Tick the box or leave it empty",
      forecast: "Tick the box or leave it empty",
    });
    expect(
      ZTeamClaimSearch.parse({ overdue: "on", author: "me", status: "", forecast: "on" }),
    ).toMatchObject({
      overdue: "1",
      forecast: "mine",
      author: "me",
      status: undefined,
    });
  });
});
