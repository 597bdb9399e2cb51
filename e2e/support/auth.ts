import type { APIRequestContext, BrowserContext, PlaywrightWorkerArgs } from "@playwright/test";
import type { TestUser } from "./factories";

/**
 * Signs in through next-auth's credentials endpoint (no UI), leaving the session cookie in
 * the request context, which a browser context made from it shares.
 */
export async function signInViaApi(
  request: APIRequestContext,
  user: Pick<TestUser, "email" | "password">,
): Promise<void> {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, json: "true" },
  });
  if (!response.ok()) {
    // The answer names next-auth's error (CredentialsSignin, a throttle…): keep it for the report.
    const said = (await response.text()).slice(0, 300);
    throw new Error(`Sign-in as ${user.email} failed with ${response.status()}: ${said}`);
  }
  const session = (await (await request.get("/api/auth/session")).json()) as { userId?: string };
  if (!session.userId) throw new Error(`Sign-in as ${user.email} did not create a session`);
}

/** Signs a browser context in, so its pages are that user's. */
export async function signInContext(context: BrowserContext, user: TestUser): Promise<void> {
  await signInViaApi(context.request, user);
}

/** The cookies of a fresh session for `user`, made in a request context of its own. */
export async function sessionCookiesFor(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
  user: Pick<TestUser, "email" | "password">,
) {
  const request = await playwright.request.newContext({ baseURL });
  try {
    await signInViaApi(request, user);
    return (await request.storageState()).cookies;
  } finally {
    await request.dispose();
  }
}
