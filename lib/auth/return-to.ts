/**
 * The request header proxy.ts sets on every page request: the page's path and query
 * ("/claims/team?status=drafts&author=me"), so that a page sending a visitor to sign in
 * (lib/auth/require-user.ts) brings them back to the same filtered view. Any value a client
 * sends under this name is replaced by the proxy.
 */
export const RETURN_TO_HEADER = "x-claimwatch-return-to";
