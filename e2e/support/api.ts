import { expect, type APIResponse } from "@playwright/test";
import type { ApiErrorBody } from "../../lib/api/respond";
import type { ClaimView } from "../../lib/claims/claim-view";

export type { ApiErrorBody } from "../../lib/api/respond";
export type { ClaimView } from "../../lib/claims/claim-view";

export interface ClaimPage {
  items: ClaimView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Asserts a JSON error response with this status and code, and returns its body. */
export async function expectApiError(
  response: APIResponse,
  status: number,
  code: string,
): Promise<ApiErrorBody["error"]> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as ApiErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

/** A valid body for POST /api/v1/claims, attributed to `claimantId`. */
export function claimInput(claimantId: string, overrides: Record<string, unknown> = {}) {
  return {
    statement: `E2E claim ${crypto.randomUUID()}`,
    isVerbatim: false,
    claimantId,
    claimantRole: "Spokesperson",
    madeAt: "2025-12-15",
    kind: "PREDICTION",
    topicIds: [],
    resolutionCriteria: "Holds if it happens.",
    resolveBy: "2026-03-31",
    ...overrides,
  };
}

export async function claimFrom(response: APIResponse): Promise<ClaimView> {
  return (await response.json()) as ClaimView;
}
