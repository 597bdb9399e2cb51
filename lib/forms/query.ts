import { z } from "zod";
import { text } from "@/lib/forms/text";
import { PAGE_MAX, PAGE_SIZE_MAX, QUERY_MAX } from "@/lib/forms/limits";

// The schemas every list and search shares, on the limits in lib/forms/limits.ts. A page, an
// API route and an export that read the same parameter refuse the same values alike.

export {
  JSON_BODY_MAX_BYTES,
  PAGE_MAX,
  PAGE_SIZE_MAX,
  QUERY_MAX,
  SOURCE_BODY_MAX_BYTES,
} from "@/lib/forms/limits";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Optional search words: empty means "no search"; refused past QUERY_MAX or unstorable. */
export const searchQuery = (label = "Search words") =>
  z.preprocess(emptyToUndefined, text(label, QUERY_MAX).optional());

const DECIMAL = /^[0-9]{1,9}$/;

/**
 * A form or query value read as a number only when written in decimal digits (at most nine);
 * any other string becomes NaN, which the number schema after it refuses. Empty is absent.
 */
export function fromDecimal(v: unknown): unknown {
  if (v === undefined || v === "") return undefined;
  if (typeof v === "string") return DECIMAL.test(v) ? Number(v) : Number.NaN;
  return v;
}

/**
 * A whole number from 1 to `max`, written in decimal digits only: "0x10", "1e3", "+1", " 2"
 * and "99999999999999999999" are refused, not read as something else. Numbers pass as is.
 */
export function positiveInt(name: string, max: number, fallback: number) {
  const message = `${name} must be a whole number from 1 to ${max.toLocaleString("en-US")}`;
  return z.preprocess(
    fromDecimal,
    z.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback),
  );
}

/** `page`, from 1 to PAGE_MAX, 1 when absent. */
export const pageNumber = (name = "page") => positiveInt(name, PAGE_MAX, 1);

/** `pageSize`, from 1 to PAGE_SIZE_MAX, `fallback` when absent. */
export const pageSize = (fallback = 20) => positiveInt("pageSize", PAGE_SIZE_MAX, fallback);
