// For the benchmarks: a demo member's session cookie ("name=value"), signed in through
// next-auth's credentials endpoint as a browser would (CSRF token, then the form POST).
// Throws when the sign-in does not set a session cookie.
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: "claimwatch-demo", json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email}`);
  return session.split(";")[0] ?? "";
}
