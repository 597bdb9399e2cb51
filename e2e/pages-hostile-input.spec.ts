import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { createUser } from "./support/factories";
import { fillRoute, PAGE_ROUTES, pagesOnDisk } from "./support/page-routes";

// The pages' twin of the API fuzz suite (e2e/fuzz/): every page (e2e/support/page-routes.ts,
// which must name every page under app/, so that a page added later is covered) is requested
// with hostile values in each path segment and in every query parameter a page reads, signed
// out and as an admin. No answer may be a 5xx, and every answer carries the security headers.

// Every query parameter some page reads (search, filters, paging, notices, sign-in).
const QUERY_NAMES = [
  "q",
  "page",
  "pageSize",
  "cursor",
  "kind",
  "outcome",
  "topic",
  "actor",
  "from",
  "to",
  "period",
  "confidence",
  "status",
  "notice",
  "merged",
  "callbackUrl",
  "error",
];

// Already percent-encoded where a browser would send them so.
const HOSTILE = [
  "a%00b",
  "%ED%A0%80",
  "x%07y",
  "%E0%A4%A",
  "x".repeat(201),
  "0x10",
  "99999999999999999999",
  "0000-01-01",
  "%25_%5C",
  "..%2F..%2Fetc%2Fpasswd",
];

const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy"];

async function sweep(request: APIRequestContext, who: string) {
  const failures: string[] = [];
  for (const { pattern } of PAGE_ROUTES) {
    for (const value of HOSTILE) {
      const query = QUERY_NAMES.map((name) => `${name}=${value}`).join("&");
      const url = `${fillRoute(pattern, () => value)}?${query}`;
      const response = await request.get(url, { maxRedirects: 0 });
      const headers = response.headers();
      if (response.status() >= 500) failures.push(`${who} ${response.status()} ${url}`);
      for (const header of SECURITY_HEADERS) {
        if (!headers[header]) failures.push(`${who} no ${header}: ${url}`);
      }
    }
  }
  return failures;
}

test("no page answers 5xx to hostile path segments or query parameters", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  expect(PAGE_ROUTES.map((p) => p.pattern).sort()).toEqual(pagesOnDisk().sort());
  const anonymous = await playwright.request.newContext({ baseURL });
  const admin = await playwright.request.newContext({ baseURL });
  try {
    await signInViaApi(admin, await createUser("ADMIN"));
    const failures = [...(await sweep(anonymous, "anonymous")), ...(await sweep(admin, "admin"))];
    expect(failures, failures.join("\n")).toEqual([]);
  } finally {
    await Promise.all([anonymous.dispose(), admin.dispose()]);
  }
});
