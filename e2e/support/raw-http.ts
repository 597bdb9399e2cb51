import { request as httpRequest } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request sent from a chosen local address (127.0.0.2 is another client on this
 * machine), which browsers and Playwright's request API cannot choose.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`timed out: ${url}`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The cookies a response set, as one Cookie header value. */
export function cookiesFrom(response: RawResponse, previous = ""): string {
  const set = response.headers["set-cookie"] ?? [];
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.split("=")[0] ?? "", c] as const),
  );
  for (const line of Array.isArray(set) ? set : [set]) {
    const pair = line.split(";")[0] ?? "";
    jar.set(pair.split("=")[0] ?? "", pair);
  }
  return [...jar.values()].join("; ");
}

/** Signs in through next-auth's credentials endpoint from `localAddress`; returns the answer. */
export async function signInFrom(
  localAddress: string,
  baseURL: string,
  email: string,
  password: string,
): Promise<RawResponse> {
  const csrf = await requestFrom(localAddress, `${baseURL}/api/auth/csrf`);
  const cookie = cookiesFrom(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return requestFrom(localAddress, `${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
}
