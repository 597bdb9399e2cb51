// Keyset pagination of the lists outside the claim search (lib/paging/keyset-page.ts): the
// dashboard lists and the review queue. A row added between two page visits never shifts
// the pages (none shown twice, none skipped), the total stops counting at the cap, and a
// cursor this app did not write is a field error.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { describeTotal, TOTAL_CAP } from "@/lib/claims/keyset";
import { listClaimsInReview, listMyDrafts } from "@/lib/dashboard/dashboard-claims";
import { listClaimsPastResolveBy } from "@/lib/dashboard/list-claims-past-resolve-by";
import { listMyOpenForecasts } from "@/lib/dashboard/list-my-open-forecasts";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import type { Role } from "@/lib/generated/prisma/enums";
import type { KeysetPage } from "@/lib/claims/keyset";
import { makeClaim } from "@/test/support/workspace-factories";
import { expectAppError, makeUser, makeUsers } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
const NOW = new Date("2026-04-10T12:00:00Z");
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

beforeAll(async () => {
  users = await makeUsers();
});

/** Every page of a list, following nextCursor, with `between` run after each page. */
async function walk<T extends { id: string }>(
  read: (cursor: string | null) => Promise<KeysetPage<T>>,
  between: (pageNumber: number) => Promise<void> = () => Promise.resolve(),
): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: KeysetPage<T> = await read(cursor);
    pages.push(page.items.map((item) => item.id));
    await between(pages.length);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe("dashboard lists page by keyset", () => {
  it("my drafts: stable while new drafts arrive between pages, last changed first", async () => {
    const me = await makeUser("ANALYST");
    const drafts: { id: string }[] = [];
    for (let i = 0; i < 7; i++) {
      drafts.push(await makeClaim(me.id, { data: { updatedAt: at(i) } }));
    }
    // Two claims share a change time: the id breaks the tie, so neither is lost.
    await db.claim.update({ where: { id: drafts[3]!.id }, data: { updatedAt: at(4) } });
    const expected = await db.claim.findMany({
      where: { id: { in: drafts.map((d) => d.id) } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const added: string[] = [];
    const pages = await walk(
      (cursor) => listMyDrafts(me, { cursor, pageSize: 3 }),
      async () => {
        // A draft changed just now goes to the top, before every cursor: never on a later page.
        added.push((await makeClaim(me.id, { data: { updatedAt: new Date() } })).id);
      },
    );
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(expected.map((c) => c.id));
    expect(pages.flat().some((id) => added.includes(id))).toBe(false);
    const first = await listMyDrafts(me, { pageSize: 3 });
    expect(first.total).toBe(7 + added.length);
    expect(first.totalIsCapped).toBe(false);
  });

  it("claims in review: longest waiting first; a claim sent meanwhile comes at the end", async () => {
    const author = await makeUser("ANALYST");
    const waiting: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      waiting.push(
        await makeClaim(author.id, {
          data: { editorialStatus: "IN_REVIEW", updatedAt: new Date(Date.UTC(2020, 0, 1, i)) },
        }),
      );
    }
    let late = "";
    const pages = await walk(
      (cursor) => listClaimsInReview(users.VIEWER, { cursor, pageSize: 2 }),
      async (n) => {
        if (n === 1) {
          late = (
            await makeClaim(author.id, {
              data: { editorialStatus: "IN_REVIEW", updatedAt: new Date() },
            })
          ).id;
        }
      },
    );
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    const mine = ids.filter((id) => waiting.some((w) => w.id === id) || id === late);
    expect(mine).toEqual([...waiting.map((w) => w.id), late]);
  });

  it("past their resolve-by date: most overdue first, every claim once", async () => {
    const due: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      due.push(
        await makeClaim(users.ANALYST.id, {
          data: { resolveBy: new Date(Date.UTC(2019, 0, 1 + (i % 3))), outcomeStatus: "PENDING" },
        }),
      );
    }
    const pages = await walk((cursor) =>
      listClaimsPastResolveBy(users.EDITOR, { cursor, pageSize: 2, now: NOW }),
    );
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    const expected = await db.claim.findMany({
      where: { id: { in: due.map((d) => d.id) } },
      orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(ids.filter((id) => due.some((d) => d.id === id))).toEqual(expected.map((c) => c.id));
  });

  it("my open forecasts: latest first, one per claim, across pages", async () => {
    const me = await makeUser("ANALYST");
    const claims: { id: string }[] = [];
    for (let i = 0; i < 5; i++) claims.push(await makeClaim(me.id));
    for (const claim of claims) {
      await recordForecast.execute(me, { claimId: claim.id, probability: 40 });
    }
    // A newer forecast on the first claim makes it the latest, still listed once.
    const updated = claims[0]!;
    await recordForecast.execute(me, { claimId: updated.id, probability: 70 });
    const pages = await walk((cursor) => listMyOpenForecasts(me, { cursor, pageSize: 2 }));
    const page = await listMyOpenForecasts(me, { pageSize: 2 });
    expect(page.items[0]?.claim.id).toBe(updated.id);
    expect(page.items[0]?.probability).toBe(70);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(page.total).toBe(5);
  });

  it("refuses a cursor it did not write with a field error, and non-members", async () => {
    await expectAppError(listMyDrafts(users.ANALYST, { cursor: "not-a-cursor" }), "INVALID");
    await expectAppError(
      listClaimsInReview(users.VIEWER, { cursor: Buffer.from("[1,2,3]").toString("base64url") }),
      "INVALID",
    );
  });
});

describe("the total is exact up to the cap", () => {
  it(`counts ${TOTAL_CAP.toLocaleString("en-US")} and says "10,000+" beyond`, async () => {
    const me = await makeUser("ANALYST");
    const actor = await db.actor.create({ data: { name: "Cap Actor", kind: "PERSON" } });
    await db.$executeRaw`
      INSERT INTO "Claim" ("id", "statement", "isVerbatim", "claimantId", "madeAt", "kind",
        "createdById", "updatedAt")
      SELECT gen_random_uuid(), 'Draft ' || n, false, ${actor.id}::uuid, DATE '2025-01-01',
        'STATEMENT', ${me.id}::uuid, now() - n * interval '1 second'
      FROM generate_series(1, ${TOTAL_CAP}) n`;
    const exact = await listMyDrafts(me, { pageSize: 5 });
    expect([exact.total, exact.totalIsCapped]).toEqual([TOTAL_CAP, false]);
    expect(describeTotal(exact, "draft")).toBe("10,000 drafts");
    await makeClaim(me.id);
    const capped = await listMyDrafts(me, { pageSize: 5 });
    expect([capped.total, capped.totalIsCapped]).toEqual([TOTAL_CAP, true]);
    expect(describeTotal(capped, "draft")).toBe("10,000+ drafts");
    expect(capped.items).toHaveLength(5);
    expect(capped.nextCursor).not.toBeNull();
  }, 60_000);
});
