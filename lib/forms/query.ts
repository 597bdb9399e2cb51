import { z } from "zod";
import { text } from "@/lib/forms/text";

// The limits every list, search and request shares, declared once. A page, an API route and
// an export that read the same parameter refuse the same values with the same message.

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

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Optional search words: empty means "no search"; refused past QUERY_MAX or unstorable. */
export const searchQuery = (label = "Search words") =>
  z.preprocess(emptyToUndefined, text(label, QUERY_MAX).optional());

const DECIMAL = /^[0-9]{1,9}$/;

/**
 * A whole number from 1 to `max`, written in decimal digits only: "0x10", "1e3", "+1", " 2"
 * and "99999999999999999999" are refused, not read as something else. Numbers pass as is.
 */
export function positiveInt(name: string, max: number, fallback: number) {
  const message = `${name} must be a whole number from 1 to ${max.toLocaleString("en-US")}`;
  return z.preprocess(
    (v) => {
      if (v === undefined || v === "") return undefined;
      if (typeof v === "string") return DECIMAL.test(v) ? Number(v) : Number.NaN;
      return v;
    },
    z.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback),
  );
}

/** `page`, from 1 to PAGE_MAX, 1 when absent. */
export const pageNumber = (name = "page") => positiveInt(name, PAGE_MAX, 1);

/** `pageSize`, from 1 to PAGE_SIZE_MAX, `fallback` when absent. */
export const pageSize = (fallback = 20) => positiveInt("pageSize", PAGE_SIZE_MAX, fallback);
