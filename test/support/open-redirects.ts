/**
 * Callback URLs that try to leave the site, in the encodings browsers and servers read
 * differently. Shared by the unit test of safeCallback and the browser test of sign-in.
 */
export const OFF_SITE_CALLBACKS = [
  "//evil.example/phish",
  "/\\evil.example/phish",
  "\\\\evil.example",
  "\\/evil.example",
  "/..//evil.example",
  "/../..//evil.example/x",
  "/./\\evil.example",
  "https://evil.example",
  "HTTPS://evil.example",
  "http:evil.example",
  "https:/\\evil.example",
  "//evil.example@claims.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/%09/evil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "/%5Cevil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//evil%E3%80%82example",
  "///evil.example",
  "http://%zz",
  "http://[::1",
] as const;
