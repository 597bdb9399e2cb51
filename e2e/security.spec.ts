import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser } from "./support/factories";
import { sessionCookiesFor, signInContext } from "./support/auth";
import { claimInput } from "./support/api";

// Hostile requests from a browser: another site's page, requests that name no origin, bodies
// Next cannot decode, undecodable paths. Sign-in's own attacks are in sign-in-security.spec.ts.

/** Serves one HTML page on another port of this host: another origin, the same site. */
async function serveAttackerPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

test("a page from another origin cannot write with the member's cookie", async ({
  browser,
  baseURL,
}) => {
  const analyst = await createUser("ANALYST");
  const actor = await createActor();
  const claim = await testDb().claim.findFirstOrThrow({ select: { id: true } });
  const topicName = `csrf-topic-${analyst.id.slice(0, 8)}`;
  const commentBody = `csrf-comment-${analyst.id.slice(0, 8)}`;
  const app = baseURL ?? "";
  const attacker = await serveAttackerPage(`<!doctype html><html><body>
    <iframe name="sink"></iframe>
    <form id="f" method="POST" enctype="text/plain" target="sink"
      action="${app}/api/v1/topics">
      <input name='{"name":"${topicName}","x":"' value='"}'>
    </form>
    <script>
      fetch("${app}/api/v1/claims/${claim.id}/comments", {
        method: "POST", mode: "no-cors", credentials: "include",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify({ body: "${commentBody}" }),
      }).finally(() => { document.title = "fetched"; });
      fetch("${app}/api/v1/claims", {
        method: "POST", mode: "no-cors", credentials: "include",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify(${JSON.stringify(claimInput(actor.id, { statement: commentBody }))}),
      });
      document.getElementById("f").submit();
    </script></body></html>`);
  // No Origin added by the test runner: the browser alone says where each request came from.
  const context = await browser.newContext({ extraHTTPHeaders: {} });
  try {
    await signInContext(context, analyst);
    const page = await context.newPage();
    const refused: number[] = [];
    page.on("response", (r) => {
      if (r.url().startsWith(app) && r.request().method() === "POST") refused.push(r.status());
    });
    await page.goto(attacker.url);
    await expect(page).toHaveTitle("fetched");
    await expect.poll(() => refused.length).toBeGreaterThanOrEqual(2);
    expect(
      refused.every((s) => s === 403),
      refused.join(","),
    ).toBe(true);

    expect(await testDb().topic.count({ where: { name: { startsWith: "csrf-topic" } } })).toBe(0);
    expect(await testDb().comment.count({ where: { body: commentBody } })).toBe(0);
    expect(await testDb().claim.count({ where: { statement: commentBody } })).toBe(0);

    // The same write from the app's own page goes through: the refusal is about the origin.
    const own = await context.request.post("/api/v1/topics", {
      data: { name: topicName },
      headers: { Origin: app },
    });
    expect(own.status()).toBe(201);
  } finally {
    await context.close();
    attacker.server.close();
  }
});

test("a cookie write that names no origin at all is refused", async ({ playwright, baseURL }) => {
  const analyst = await createUser("ANALYST");
  const cookies = await sessionCookiesFor(playwright, baseURL, analyst);
  // A client with the member's cookie that sends neither Origin nor Sec-Fetch-Site.
  const bare = await playwright.request.newContext({
    baseURL,
    storageState: { cookies, origins: [] },
    extraHTTPHeaders: {},
  });
  try {
    const name = `no-origin-${Date.now()}`;
    const refused = await bare.post("/api/v1/topics", { data: { name } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    // JSON is application/json only: other JSON flavours are refused too.
    const flavoured = await bare.post("/api/v1/topics", {
      data: JSON.stringify({ name }),
      headers: { "Content-Type": "application/ld+json", "Sec-Fetch-Site": "same-origin" },
    });
    expect(flavoured.status()).toBe(415);
    const sameSite = await bare.post("/api/v1/topics", {
      data: { name },
      headers: { "Sec-Fetch-Site": "same-site" },
    });
    expect(sameSite.status()).toBe(403);
    expect(await testDb().topic.count({ where: { name } })).toBe(0);

    // Sec-Fetch-Site: same-origin stands in for a missing Origin.
    const fetched = await bare.post("/api/v1/topics", {
      data: { name },
      headers: { "Sec-Fetch-Site": "same-origin" },
    });
    expect(fetched.status()).toBe(201);
  } finally {
    await bare.dispose();
  }
});

test("JSON writes accept only application/json, and Server Actions from elsewhere get a 4xx", async ({
  page,
  request,
  baseURL,
}) => {
  await signInContext(page.context(), await createUser("ANALYST"));
  const plain = await page.request.post("/api/v1/topics", {
    headers: { "Content-Type": "text/plain", Origin: baseURL ?? "" },
    data: JSON.stringify({ name: "plain text topic" }),
  });
  expect(plain.status()).toBe(415);
  expect(((await plain.json()) as { error: { code: string } }).error.code).toBe(
    "UNSUPPORTED_MEDIA_TYPE",
  );

  const action = await request.post("/claims/new", {
    headers: { "Next-Action": "0".repeat(40), Origin: "http://evil.example" },
    data: "[]",
  });
  expect(action.status()).toBeGreaterThanOrEqual(400);
  expect(action.status()).toBeLessThan(500);

  // From the app's own origin, a body Next could not decode is a 400, not a 500.
  const torn: [string, string][] = [
    ["multipart/form-data; boundary=zz", "garbage"],
    [
      "multipart/form-data; boundary=zz",
      '--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"ok":\r\n--zz--\r\n',
    ],
    ["text/plain;charset=UTF-8", "[1,"],
  ];
  for (const [contentType, data] of torn) {
    const answer = await page.request.post("/sign-in", {
      headers: {
        "Next-Action": "0".repeat(42),
        "Content-Type": contentType,
        Origin: baseURL ?? "",
      },
      data,
    });
    expect(answer.status(), data).toBe(400);
  }
});

test("paths that do not decode are 404 with the security headers, on the API and on pages", async ({
  request,
}) => {
  const api = await request.get("/api/v1/claims/%E0%A4%A");
  expect(api.status()).toBe(404);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const page = await request.get("/claims/%E0%A4%A");
  expect(page.status()).toBe(404);
  expect(await page.text()).toContain("Not found");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
});

test("member-only answers are never cached by shared caches", async ({ page }) => {
  await signInContext(page.context(), await createUser("VIEWER"));
  for (const path of ["/api/v1/claims?scope=internal", "/api/v1/reviews", "/api/v1/tokens"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
  }
});
