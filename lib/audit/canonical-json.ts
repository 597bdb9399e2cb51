import { hasLoneSurrogate } from "@/lib/forms/text";

// RFC 8785, the JSON Canonicalization Scheme (JCS), for JSON values: what the audit chain
// hashes and what checkpoints sign. RFC 8785 defines its number and string forms as
// ECMAScript's JSON.stringify writes them (§3.2.2.3, §3.2.2.2) and orders object members by
// their names' UTF-16 code units (§3.2.3), which is Array.prototype.sort's default order; so
// the rule is JSON.stringify for leaves and sorted members for objects.
//
// Why not the `canonicalize` package, which the tests use as the reference: it checks every
// string for lone surrogates one character at a time in JavaScript and tracks cycles in a Set,
// which made it most of `npm run audit:verify`'s time at a million rows. Here the surrogate
// check is one regular expression (lib/forms/text.ts), and values are plain JSON (as
// JSON.parse returns them, or as the audit writer snapshots them), which have no cycles.
// test/unit/audit-canonical-json.test.ts checks the two agree on arbitrary JSON values.

/**
 * The RFC 8785 text of `value`: null, a boolean, a finite number, a well-formed string, or an
 * array or plain object of those (object members whose value is undefined are left out, as
 * JSON.stringify does). Throws on anything else (NaN, Infinity, a lone UTF-16 surrogate, a
 * function, a bigint), which RFC 8785 cannot represent.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case "string":
      if (hasLoneSurrogate(value)) throw new Error("RFC 8785: a string holds a lone surrogate");
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error("RFC 8785: numbers must be finite");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) return "null";
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value);
    default:
      throw new Error(`RFC 8785: a ${typeof value} is not JSON`);
  }
}

function canonicalArray(items: unknown[]): string {
  let text = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += ",";
    const item = items[i];
    text += item === undefined ? "null" : canonicalJson(item);
  }
  return text + "]";
}

function canonicalObject(object: object): string {
  const members = object as Record<string, unknown>;
  const names = Object.keys(members).sort();
  let text = "{";
  for (const name of names) {
    const member = members[name];
    if (member === undefined) continue;
    if (text.length > 1) text += ",";
    text += canonicalJson(name) + ":" + canonicalJson(member);
  }
  return text + "}";
}
