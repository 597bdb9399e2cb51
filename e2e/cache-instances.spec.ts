import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor } from "./support/factories";
import {
  createClaim,
  publish,
  reviseStatement,
  signedInTeam,
  type Team,
} from "./support/public-workflow";

// Whole public pages come from each instance's full route cache (cache-handler.mjs), and a
// publish on one instance reaches the others through PostgreSQL NOTIFY. Here a second
// instance of the app runs beside the one Playwright started, on the same database.
test.describe.configure({ mode: "serial" });

let second: ChildProcess;
let secondUrl = "";
let team: Team;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  // `node --import tsx` so that the child's pid is the server's, which names its LISTEN session.
  second = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    { env: process.env, stdio: "ignore" },
  );
  await expect
    .poll(async () => (await fetch(`${secondUrl}/api/health`).catch(() => null))?.status, {
      timeout: 90_000,
      intervals: [500],
    })
    .toBe(200);
  team = await signedInTeam(playwright, baseURL);
});

test.afterAll(async () => {
  await team?.dispose();
  second?.kill("SIGTERM");
});

/** A page as an anonymous reader gets it: its text and whether it came from the cache. */
async function read(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
}

async function untilCached(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await read(request, url)).cache, { message: url, timeout: 10_000 })
    .toBe("HIT");
}

async function listenSessions(pid: number) {
  return testDb().$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity
    WHERE application_name = ${`claimwatch-cache:${pid}`}`;
}

test("a publish drops the page on both instances, even one whose listener was just killed", async ({
  request,
  baseURL,
}) => {
  const actor = await createActor();
  const before = `Instances check ${Date.now()}: the first wording.`;
  const claim = await createClaim(team, { statement: before, claimantId: actor.id });
  await publish(team, claim.id);
  const urls = [`${baseURL}/claims/${claim.id}`, `${secondUrl}/claims/${claim.id}`];

  // Both instances render the page once, then serve it whole from their cache (a page
  // rendered within two seconds of a notice naming its tags is rendered once more:
  // cache-handler.mjs cannot tell whether its reads began before the notice).
  for (const url of urls) await untilCached(request, url);
  for (const url of urls) expect((await read(request, url)).html).toContain(before);

  // Cut the second instance's listening connection: it cannot hear the next notice.
  const pid = second.pid ?? 0;
  const [session] = await listenSessions(pid);
  expect(session, "the second instance listens for invalidations").toBeDefined();
  await testDb().$queryRaw`SELECT pg_terminate_backend(${session?.pid ?? 0}::int)`;

  const after = `Instances check ${Date.now()}: the corrected wording.`;
  const revised = await reviseStatement(team, claim, after);
  await publish(team, revised.id);
  for (const url of urls) {
    await expect
      .poll(async () => (await read(request, url)).html.includes(after), {
        message: `${url} shows the new wording within a second`,
        timeout: 1000,
        intervals: [50],
      })
      .toBe(true);
    expect((await read(request, url)).html).not.toContain(before);
  }

  // The listener comes back, and the cache with it.
  await expect.poll(async () => (await listenSessions(pid)).length, { timeout: 10_000 }).toBe(1);
  await untilCached(request, urls[1] ?? "");
});

test("a publish drops its claimant's pages and the lists, not another actor's", async ({
  request,
  baseURL,
}) => {
  const [mine, other] = await Promise.all([createActor(), createActor()]);
  const stamp = Date.now();
  const theirs = await createClaim(team, {
    statement: `Targeting check ${stamp}: another actor's claim.`,
    claimantId: other.id,
  });
  await publish(team, theirs.id);
  const otherPage = `${secondUrl}/actors/${other.id}`;
  const myPage = `${secondUrl}/actors/${mine.id}`;
  for (const url of [otherPage, myPage, `${secondUrl}/`]) await untilCached(request, url);

  const statement = `Targeting check ${stamp}: published on the first instance.`;
  const claim = await createClaim(team, { statement, claimantId: mine.id });
  await publish(team, claim.id);

  // Seen on the second instance, within a second, on the claimant's page and the home page.
  for (const url of [myPage, `${secondUrl}/`]) {
    await expect
      .poll(async () => (await read(request, url)).html.includes(statement), {
        message: `${url} lists the new claim within a second`,
        timeout: 1000,
        intervals: [50],
      })
      .toBe(true);
  }
  expect((await read(request, `${baseURL}/claims/${claim.id}`)).html).toContain(statement);
  expect((await read(request, otherPage)).cache, "another actor's page stays cached").toBe("HIT");
});
