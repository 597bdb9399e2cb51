// A cookie the browser may read, saying only "a session cookie came with the last page"
// (proxy.ts keeps it in step with the session cookie, which scripts cannot read). The header
// draws its account part from it (components/layout/account-nav.tsx); it grants nothing.
export const MEMBER_HINT_COOKIE = "claimwatch-member";
