import "server-only";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/admin/request-origin";
import { isPlausibleOrigin } from "@/lib/site/origin-from-headers";

/**
 * The site's origin for absolute links that leave the page: feeds, the sitemap, ClaimReview
 * markup, OpenGraph tags. CLAIMWATCH_PUBLIC_URL when set (set it in production, so that a
 * forged Host header can never end up in a link); otherwise the origin the request came to:
 * read from its headers, or, on a cached page (which reads no headers), the `reached` origin
 * proxy.ts put in the page's address.
 */
export async function publicOrigin(reached?: string): Promise<string> {
  const configured = env().CLAIMWATCH_PUBLIC_URL;
  if (configured) return configured;
  if (reached !== undefined) return isPlausibleOrigin(reached) ? reached : "http://localhost";
  return (await requestOrigin()) || "http://localhost";
}

/** Who publishes the fact checks, as ClaimReview markup and the feed name them. */
export function organizationName(): string {
  return env().CLAIMWATCH_ORG_NAME;
}
