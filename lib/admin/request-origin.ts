import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/site/origin-from-headers";

/**
 * This site's origin as the current request reached it ("https://claimwatch.example"), for
 * links an admin passes on; behind a proxy, its X-Forwarded-Host/-Proto. An empty string (a
 * relative link) when the headers do not name a plausible host.
 */
export async function requestOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}

/** The link an invited person opens to create their account. */
export async function invitationLink(token: string): Promise<string> {
  return `${await requestOrigin()}/invite/${token}`;
}
