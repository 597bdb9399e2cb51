import fc from "fast-check";

// Values an attacker or a broken client sends: text PostgreSQL cannot store, numbers in
// every spelling, dates out of range, LIKE and SQL metacharacters, huge strings, and JSON of
// the wrong type. Used by api-fuzz.spec.ts for every field, query and path parameter.

const NAMED = [
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "x\u0007y",
  "\u001b[31mred",
  "\u000b\u000c",
  "\u007f",
  "\u202etxt.exe",
  "",
  " ",
  "\t\n",
  "%",
  "_",
  "%_%\\",
  "%00",
  "%E0%A4%A",
  "' OR 1=1 --",
  '"; DROP TABLE "Claim"; --',
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  '=HYPERLINK("http://evil.example")',
  "0x10",
  "1e3",
  "+1",
  "-1",
  "0",
  "1.5",
  "99999999999999999999",
  "1e309",
  "NaN",
  "Infinity",
  "0000-01-01",
  "9999-12-31",
  "2025-02-30",
  "1899-12-31",
  "2025-13-01",
  "../../etc/passwd",
  "😀",
  "Umárov",
  "true",
  "null",
  "[]",
  "{}",
  "00000000-0000-0000-0000-000000000000",
] as const;

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMED) },
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(101, 201, 301, 2001, 5001, 70_000).map((n) => "é".repeat(n)),
  },
);

/** Any JSON value, hostile strings inside. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: hostileString },
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 3 }),
  ),
})).value;
