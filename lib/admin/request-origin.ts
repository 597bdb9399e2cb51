import "server-only";
import { headers } from "next/headers";

// A host name with an optional port; anything else in the header is not trusted into a link.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * This site's origin as the current request reached it ("https://claimwatch.example"), for
 * links an admin passes on; behind a proxy, its X-Forwarded-Host/-Proto. An empty string (a
 * relative link) when the headers do not name a plausible host.
 */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]?.trim() ?? "";
  const forwarded = (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase();
  const proto = forwarded === "https" || forwarded === "http" ? forwarded : "http";
  return HOST.test(host) ? `${proto}://${host}` : "";
}

/** The link an invited person opens to create their account. */
export async function invitationLink(token: string): Promise<string> {
  return `${await requestOrigin()}/invite/${token}`;
}
