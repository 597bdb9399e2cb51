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
 * A source with its captured copy: up to 16 MB of text (CAPTURED_TEXT_MAX_BYTES in
 * lib/sources/schemas.ts), with room above it for JSON escapes and the other fields, so a
 * capture just over 16 MB reaches the schema and is refused by name. next.config.js lets the
 * proxy pass as much.
 */
export const SOURCE_BODY_MAX_BYTES = 20 * 1024 * 1024;
