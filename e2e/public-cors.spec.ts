import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { ClaimPage } from "./support/api";
import { createActor } from "./support/factories";
import { createClaim, signedInTeam } from "./support/public-workflow";

const OTHER_SITE = "https://elsewhere.example";

test("any site may read the API, and a preflight allows reads only", async ({ request }) => {
  const preflight = await request.fetch("/api/v1/claims", {
    method: "OPTIONS",
    headers: { Origin: OTHER_SITE, "Access-Control-Request-Method": "POST" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()).toMatchObject({
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, HEAD, OPTIONS",
  });
  expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();

  for (const path of ["/api/v1/claims", "/api/v1/export/claims.json", "/api/v1/openapi.json"]) {
    const read = await request.get(path, { headers: { Origin: OTHER_SITE } });
    expect(read.status(), path).toBe(200);
    expect(read.headers()["access-control-allow-origin"], path).toBe("*");
    expect(read.headers()["access-control-allow-credentials"], path).toBeUndefined();
  }
  const missing = await request.get("/api/v1/claims/not-a-claim", {
    headers: { Origin: OTHER_SITE },
  });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["access-control-allow-origin"]).toBe("*");
});

test("a cross-origin request carrying a member's cookie gets the public reading only", async ({
  playwright,
  baseURL,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const mark = `co${randomUUID().slice(0, 8)}`;
  const actor = await createActor(`Cors claimant ${mark}`);
  const draft = await createClaim(team, { claimantId: actor.id, statement: `Draft ${mark}.` });

  // The same signed-in member, from our own pages: the internal reading works.
  const own = await team.analyst.get(`/api/v1/claims?scope=internal&q=${mark}`);
  expect(own.status()).toBe(200);
  expect(((await own.json()) as ClaimPage).items.map((c) => c.id)).toEqual([draft.id]);

  // From another site, with the cookie sent along, it is an anonymous request.
  const crossSite = { Origin: OTHER_SITE, "Sec-Fetch-Site": "cross-site" };
  const internal = await team.analyst.get(`/api/v1/claims?scope=internal&q=${mark}`, {
    headers: crossSite,
  });
  expect(internal.status()).toBe(401);
  expect(internal.headers()["access-control-allow-origin"]).toBe("*");
  const single = await team.analyst.get(`/api/v1/claims/${draft.id}?scope=internal`, {
    headers: { Origin: OTHER_SITE },
  });
  expect(single.status()).toBe(401);
  const publicList = await team.analyst.get(`/api/v1/claims?q=${mark}`, { headers: crossSite });
  expect(((await publicList.json()) as ClaimPage).total).toBe(0);

  // Writes get no CORS headers at all, so a browser never lets another site read the answer.
  const write = await team.analyst.post("/api/v1/claims", {
    headers: { Origin: OTHER_SITE },
    data: { statement: "" },
  });
  expect(write.headers()["access-control-allow-origin"]).toBeUndefined();
  await team.dispose();
});

test("the OpenAPI document describes the API", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.servers[0]?.url).toMatch(/^http.*\/api\/v1$/);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/claims",
      "/claims/{id}",
      "/export/claims.csv",
      "/export/claims.json",
    ]),
  );
  expect(Object.keys(doc.components.schemas)).toEqual(
    expect.arrayContaining(["Claim", "ClaimPage", "Error"]),
  );
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "cookieAuth"]);
});
