import "server-only";
import { env } from "@/lib/env";
import { requestOrigin } from "@/lib/admin/request-origin";

/**
 * The site's origin for absolute links that leave the page: feeds, the sitemap, ClaimReview
 * markup, OpenGraph tags. CLAIMWATCH_PUBLIC_URL when set (set it in production, so that a
 * forged Host header can never end up in a link); otherwise the origin the request came to.
 */
export async function publicOrigin(): Promise<string> {
  return env().CLAIMWATCH_PUBLIC_URL ?? ((await requestOrigin()) || "http://localhost");
}

/** Who publishes the fact checks, as ClaimReview markup and the feed name them. */
export function organizationName(): string {
  return env().CLAIMWATCH_ORG_NAME;
}
