import { randomUUID } from "node:crypto";
import { expect, test as base, type APIRequestContext, type APIResponse } from "@playwright/test";
import { testDb } from "./support/db";
import { createActor, createUser, type TestUser } from "./support/factories";
import { signInViaApi } from "./support/auth";
import { demoTopicId } from "./support/demo";
import { claimFrom, claimInput, expectApiError } from "./support/api";

// Each test gets its own analyst, signed in on the `request` context (automatically, whether
// or not the test names it), and a claimant.
const test = base.extend<{
  analyst: TestUser;
  actor: { id: string; name: string };
}>({
  analyst: [
    async ({ request }, provide) => {
      const user = await createUser("ANALYST");
      await signInViaApi(request, user);
      await provide(user);
    },
    { auto: true },
  ],
  actor: async ({}, provide) => {
    await provide(await createActor());
  },
});

async function createViaApi(request: APIRequestContext, body: object) {
  const response = await request.post("/api/v1/claims", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return claimFrom(response);
}

test("POST creates a draft at version 1 and answers 201 with its location", async ({
  request,
  analyst,
  actor,
}) => {
  const topicId = await demoTopicId();
  const input = claimInput(actor.id, { isVerbatim: true, kind: "PROMISE", topicIds: [topicId] });
  const response = await request.post("/api/v1/claims", { data: input });

  expect(response.status(), await response.text()).toBe(201);
  const claim = await claimFrom(response);
  expect(response.headers()["location"]).toBe(`/api/v1/claims/${claim.id}`);
  expect(claim).toMatchObject({
    statement: input.statement,
    isVerbatim: true,
    claimant: { id: actor.id, name: actor.name },
    claimantRole: "Spokesperson",
    madeAt: "2025-12-15",
    kind: "PROMISE",
    resolutionCriteria: "Holds if it happens.",
    resolveBy: "2026-03-31",
    editorialStatus: "DRAFT",
    outcomeStatus: "PENDING",
    version: 1,
    firstPublishedAt: null,
  });
  expect(claim.topics.map((t) => t.id)).toEqual([topicId]);

  const stored = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(stored.createdById).toBe(analyst.id);
  const audited = await testDb().auditEvent.count({
    where: { action: "claim.create", entityId: claim.id, actorId: analyst.id },
  });
  expect(audited).toBe(1);

  // The member reads it at its location; the public does not see a draft.
  const again = await request.get(`${response.headers()["location"]}?scope=internal`);
  expect(again.status()).toBe(200);
  expect((await claimFrom(again)).statement).toBe(input.statement);
  await expectApiError(await request.get(`/api/v1/claims/${claim.id}`), 404, "NOT_FOUND");
});

test("a bad POST is a 400 naming each field, and creates nothing", async ({ request, analyst }) => {
  const empty = await expectApiError(
    await request.post("/api/v1/claims", { data: {} }),
    400,
    "INVALID",
  );
  expect(Object.keys(empty.fields ?? {})).toEqual(
    expect.arrayContaining(["statement", "claimantId", "madeAt", "kind"]),
  );

  const wrong = await expectApiError(
    await request.post("/api/v1/claims", {
      data: {
        statement: "   ",
        claimantId: "not-a-uuid",
        madeAt: "15/12/2025",
        kind: "RUMOUR",
        isVerbatim: true,
      },
    }),
    400,
    "INVALID",
  );
  expect(wrong.fields).toEqual(
    expect.objectContaining({
      statement: "Enter the statement",
      claimantId: "Choose who made the claim",
      madeAt: expect.stringMatching(/YYYY-MM-DD/),
      kind: "Choose the kind of claim",
    }),
  );
  expect(Object.keys(wrong.fields ?? {})).not.toContain("isVerbatim");

  // A well-formed id that names no actor is refused too.
  const unknownActor = await expectApiError(
    await request.post("/api/v1/claims", { data: claimInput(randomUUID()) }),
    400,
    "INVALID",
  );
  expect(Object.keys(unknownActor.fields ?? {})).toEqual(["claimantId"]);

  expect(await testDb().claim.count({ where: { createdById: analyst.id } })).toBe(0);
});

test("a body that is not a JSON object is a 400", async ({ request, analyst }) => {
  for (const body of ["{not json", "[]", "null", ""]) {
    const error = await expectApiError(
      await request.post("/api/v1/claims", {
        data: body,
        headers: { "Content-Type": "application/json" },
      }),
      400,
      "INVALID",
    );
    expect(error.fields).toHaveProperty("_body");
  }
  expect(await testDb().claim.count({ where: { createdById: analyst.id } })).toBe(0);
});

test("PATCH saves against the current version; a stale clashing save is a 409 and changes nothing", async ({
  request,
  actor,
}) => {
  const created = await createViaApi(request, claimInput(actor.id));
  const url = `/api/v1/claims/${created.id}`;

  const first = await request.patch(url, {
    data: { version: 1, statement: "First edit wins", kind: "ASSESSMENT" },
  });
  expect(first.status(), await first.text()).toBe(200);
  const updated = await claimFrom(first);
  expect(updated).toMatchObject({
    id: created.id,
    version: 2,
    statement: "First edit wins",
    kind: "ASSESSMENT",
    claimantRole: created.claimantRole,
    editorialStatus: "DRAFT",
  });

  const stale = await request.patch(url, { data: { version: 1, statement: "Second edit loses" } });
  const conflict = await expectApiError(stale, 409, "CONFLICT");
  expect(conflict.details).toMatchObject({
    currentVersion: 2,
    conflicts: [{ field: "statement", theirs: "First edit wins", mine: "Second edit loses" }],
    merged: { statement: "First edit wins", kind: "ASSESSMENT" },
  });

  const now = await claimFrom(await request.get(`${url}?scope=internal`));
  expect(now).toMatchObject({ version: 2, statement: "First edit wins", kind: "ASSESSMENT" });
  const stored = await testDb().claim.findUniqueOrThrow({
    where: { id: created.id },
    include: { revisions: { orderBy: { number: "asc" } } },
  });
  expect(stored.revisions.map((r) => [r.number, r.statement])).toEqual([
    [1, created.statement],
    [2, "First edit wins"],
  ]);
});

test("PATCH validates its body", async ({ request, actor }) => {
  const created = await createViaApi(request, claimInput(actor.id));
  const url = `/api/v1/claims/${created.id}`;
  const noVersion = await expectApiError(
    await request.patch(url, { data: { statement: "No version" } }),
    400,
    "INVALID",
  );
  expect(Object.keys(noVersion.fields ?? {})).toContain("version");
  const backwards = await expectApiError(
    await request.patch(url, { data: { version: 1, resolveBy: "2025-01-01" } }),
    400,
    "INVALID",
  );
  expect(Object.keys(backwards.fields ?? {})).toEqual(["resolveBy"]);
  const stored = await testDb().claim.findUniqueOrThrow({ where: { id: created.id } });
  expect(stored.version).toBe(1);
});

test("an unknown claim is a 404", async ({ request, analyst }) => {
  const missing = `/api/v1/claims/${randomUUID()}`;
  await expectApiError(await request.get(missing), 404, "NOT_FOUND");
  await expectApiError(await request.get(`${missing}?scope=internal`), 404, "NOT_FOUND");
  await expectApiError(
    await request.patch(missing, { data: { version: 1, statement: "Nothing here" } }),
    404,
    "NOT_FOUND",
  );
  await expectApiError(await request.get("/api/v1/claims/not-a-uuid"), 404, "NOT_FOUND");
  await expectApiError(
    await request.patch("/api/v1/claims/not-a-uuid", { data: { version: 1 } }),
    404,
    "NOT_FOUND",
  );
  expect(await testDb().claimRevision.count({ where: { authorId: analyst.id } })).toBe(0);
});

base("GET /api/health reports the app and its database ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-powered-by"]).toBeUndefined();
}

base("security headers are on pages and on API answers, errors included", async ({ request }) => {
  for (const path of [
    "/",
    "/sign-in",
    "/api/v1/claims",
    "/api/health",
    "/api/v1/claims?scope=internal",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response);
  }
});
