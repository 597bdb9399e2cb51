// Which address a request came from, for the sign-in throttle. The connection's own address
// is the truth; X-Forwarded-For is believed only from proxies named in
// CLAIMWATCH_TRUSTED_PROXIES, walked from the right (the entry the nearest trusted proxy
// wrote), so a client cannot pick its own address by sending the header.
//
// Next.js does not hand route handlers the socket, so the server (scripts/serve.ts) writes
// the connection's address into PEER_HEADER, replacing whatever the client sent under
// that name.

export const PEER_HEADER = "x-claimwatch-peer";

/** "::ffff:127.0.0.1" and "127.0.0.1" are one address. */
function canonical(address: string): string {
  const trimmed = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the peer's, or, while the peer is a trusted proxy, the next address
 * leftwards in X-Forwarded-For. "unknown" when the server did not say (not started through
 * scripts/serve.ts), so such requests share one per-address budget.
 */
export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string {
  let address = canonical(headers.get(PEER_HEADER) ?? "");
  if (!address) return "unknown";
  const trusted = new Set(trustedProxies.map(canonical));
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(canonical)
    .filter(Boolean);
  while (trusted.has(address) && forwarded.length > 0) {
    address = forwarded.pop() ?? address;
  }
  return address;
}
