// The limits every list, search and request shares, declared once (no imports, so a client
// component may use them for `maxLength` without pulling in zod). lib/forms/query.ts builds
// the schemas on them.

/** Search words (`q`) in any search: claims, actors, sources, users. */
export const QUERY_MAX = 200;
/** The highest page number a list serves; past it, narrow the search instead. */
export const PAGE_MAX = 10_000;
/** The most rows one page of an API list holds. */
export const PAGE_SIZE_MAX = 100;
/** A JSON request body, unless a route declares more (a source with its captured copy). */
export const JSON_BODY_MAX_BYTES = 1024 * 1024;
/**
 * A source with its captured copy: 2 MB of characters, which JSON may spell in up to six
 * bytes each (`\u00e9`), plus the other fields. next.config.js lets the proxy pass as much.
 */
export const SOURCE_BODY_MAX_BYTES = 16 * 1024 * 1024;
