import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import type { ClaimView } from "../../lib/claims/claim-view";
import { signInViaApi } from "./auth";
import { createUser } from "./factories";

// The review workflow through the API, for the public-site specs: an analyst writes, a
// second person (an editor) approves, so what the specs call published went the real way.

export interface Team {
  analyst: APIRequestContext;
  editor: APIRequestContext;
  dispose(): Promise<void>;
}

export async function signedInTeam(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
): Promise<Team> {
  const [analystUser, editorUser] = await Promise.all([
    createUser("ANALYST"),
    createUser("EDITOR"),
  ]);
  const analyst = await playwright.request.newContext({ baseURL });
  const editor = await playwright.request.newContext({ baseURL });
  await signInViaApi(analyst, analystUser);
  await signInViaApi(editor, editorUser);
  return {
    analyst,
    editor,
    dispose: async () => void (await Promise.all([analyst.dispose(), editor.dispose()])),
  };
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

export async function createClaim(team: Team, input: Record<string, unknown>): Promise<ClaimView> {
  const response = await team.analyst.post("/api/v1/claims", {
    data: { isVerbatim: false, madeAt: "2025-12-15", kind: "STATEMENT", topicIds: [], ...input },
  });
  return json<ClaimView>(response, 201);
}

export async function submit(team: Team, claimId: string): Promise<string> {
  const response = await team.analyst.post(`/api/v1/claims/${claimId}/submit`);
  return (await json<{ reviewId: string }>(response, 201)).reviewId;
}

export async function approve(team: Team, reviewId: string): Promise<void> {
  await json(await team.editor.post(`/api/v1/reviews/${reviewId}/approve`), 200);
}

export async function requestChanges(team: Team, reviewId: string): Promise<void> {
  const response = await team.editor.post(`/api/v1/reviews/${reviewId}/request-changes`, {
    data: { comment: "Please cite the source." },
  });
  await json(response, 200);
}

export async function publish(team: Team, claimId: string): Promise<void> {
  await approve(team, await submit(team, claimId));
}

export async function recordOutcome(
  team: Team,
  claimId: string,
  entry: { status: string; note: string; occurredAt?: string },
): Promise<void> {
  const response = await team.analyst.post(`/api/v1/claims/${claimId}/outcomes`, {
    data: { occurredAt: "2026-01-10", sourceIds: [], ...entry },
  });
  await json(response, 201);
}

/** A source with a captured copy, at a fresh URL; returns its id and URL. */
export async function createSource(
  team: Team,
  text: string,
  publishedAt?: string,
): Promise<{ id: string; url: string }> {
  const response = await team.analyst.post("/api/v1/sources", {
    data: {
      url: `https://news.example.org/${randomUUID()}`,
      title: "A report for the public-site specs",
      kind: "NEWS_ARTICLE",
      capturedText: text,
      ...(publishedAt ? { publishedAt } : {}),
    },
  });
  const { source } = await json<{ source: { id: string; url: string } }>(response, 201);
  return source;
}

export async function cite(team: Team, claimId: string, sourceId: string, quote: string) {
  const response = await team.analyst.post(`/api/v1/claims/${claimId}/citations`, {
    data: { sourceId, quote, credibility: 2 },
  });
  await json(response, 201);
}

export async function reviseStatement(team: Team, claim: ClaimView, statement: string) {
  const response = await team.analyst.patch(`/api/v1/claims/${claim.id}`, {
    data: { version: claim.version, statement },
  });
  return json<ClaimView>(response, 200);
}
